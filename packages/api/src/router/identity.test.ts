import { validateSession } from "@abante/auth";
import { schema } from "@abante/db";
import { createTestDb, type TestDb } from "@abante/db/testing";
import { createMailer, listOutbox } from "@abante/mail";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Context, createContext, type SessionInfo } from "../context";
import { createPow } from "../pow";
import { appRouter } from "../root";
import { solvedProof, testPow } from "../services/marketing/test-support";
import { createCallerFactory } from "../trpc";

let t: TestDb;
let clock = new Date("2026-03-01T10:00:00Z");
const createCaller = createCallerFactory(appRouter);

interface Browser {
  token: string | null;
  call: () => ReturnType<typeof createCaller>;
}

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t?.close());

/** A simulated browser: keeps the session cookie the server sets, and sends it back. */
function browser(meta: Partial<Context["meta"]> = {}): Browser {
  const b: Browser = {
    token: null,
    call: () => {
      throw new Error("replaced below");
    },
  };
  const mailer = createMailer({ db: t.db, from: "Abante <no-reply@abante.test>" });
  b.call = () => {
    const ctxPromise = (async () => {
      let session: SessionInfo | null = null;
      if (b.token) {
        const found = await validateSession(t.db, b.token, clock);
        if (found)
          session = { sessionId: found.session.id, accountId: found.account.id, staffRole: found.account.staffRole };
      }
      return createContext({
        db: t.db,
        session,
        now: () => clock,
        mailer,
        devMailbox: true,
        publicOrigin: "https://abante.test",
        botCheck: testPow,
        meta: {
          ip: "198.51.100.7",
          country: "ES",
          locale: "es",
          userAgent: "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
          ...meta,
        },
        cookies: {
          set: (token) => {
            b.token = token;
          },
          clear: () => {
            b.token = null;
          },
        },
      });
    })();
    // createCaller accepts a context factory.
    return createCaller(() => ctxPromise);
  };
  return b;
}

/**
 * Mail goes out after the response: waits until at least `count` mails of `kind` reached `to`, and returns the token
 * of the newest link.
 */
async function linkToken(to: string, kind: string, count = 1): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const mails = (await listOutbox(t.db, { to, limit: 50 })).filter((r) => r.kind === kind);
    const token = mails.length >= count ? /token=([a-z2-7]+)/.exec(mails[0]!.textBody)?.[1] : undefined;
    if (token) return token;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`no ${kind} mail to ${to}`);
}

const signUp = {
  name: "Ada Lovelace",
  companyName: "Analytical Engines Ltd",
  email: "ada@engines.example",
  password: "a long and unusual passphrase 7",
  phone: "+44 20 7946 0000",
  businessSector: "software" as const,
  interests: ["contacts", "deals"] as ("contacts" | "deals")[],
};

describe("P1 sign-up", () => {
  it("stores exactly the registration fields plus the request's locale and country", async () => {
    const b = browser();
    expect(await b.call().auth.signUp({ ...signUp, altcha: await solvedProof() })).toEqual({
      ok: true,
      email: signUp.email,
    });
    expect(b.token).toBeNull(); // no session before the address is verified
    const [a] = await t.db.select().from(schema.account).where(eq(schema.account.email, signUp.email));
    expect(a).toMatchObject({
      name: signUp.name,
      companyName: signUp.companyName,
      email: signUp.email,
      phone: signUp.phone,
      businessSector: "software",
      interests: ["contacts", "deals"],
      locale: "es",
      country: "ES",
      emailVerifiedAt: null,
      staffRole: null,
      marketingOptIn: false,
    });
    expect(a?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(a?.passwordHash).not.toContain(signUp.password);
  });

  it("answers the same for an address that is already registered, and creates no second account", async () => {
    const again = await browser()
      .call()
      .auth.signUp({ ...signUp, name: "Impostor", email: "ADA@engines.example", altcha: await solvedProof() });
    expect(again).toEqual({ ok: true, email: "ADA@engines.example" });
    const rows = await t.db.select().from(schema.account);
    expect(rows.filter((r) => r.email.toLowerCase() === signUp.email)).toHaveLength(1);
    expect(rows.find((r) => r.name === "Impostor")).toBeUndefined();
  });

  it("P7 refuses a sign-up without a valid bot proof (BAD_REQUEST on altcha) and stores nothing", async () => {
    const email = "bot@engines.example";
    const accounts = async () => (await t.db.select().from(schema.account)).length;
    const before = { accounts: await accounts(), used: (await t.db.select().from(schema.usedChallenge)).length };
    const otherKey = await solvedProof(
      createPow({ hmacKey: "another-key-0123456789abcdef0123456789", cost: 2, maxCounter: 8 }),
    );
    for (const altcha of [undefined, "", "not base64 at all", Buffer.from('{"x":1}').toString("base64"), otherKey]) {
      const err = await browser()
        .call()
        .auth.signUp({ ...signUp, email, altcha })
        .catch((e: unknown) => e);
      expect(err, String(altcha)).toMatchObject({ code: "BAD_REQUEST" });
      expect((err as { cause?: { fieldErrors?: Record<string, string[]> } }).cause?.fieldErrors).toEqual({
        altcha: [expect.any(String)],
      });
    }
    expect(await accounts()).toBe(before.accounts);
    expect(await t.db.select().from(schema.account).where(eq(schema.account.email, email))).toEqual([]);
    expect(await t.db.select().from(schema.usedChallenge)).toHaveLength(before.used);
    await new Promise((r) => setTimeout(r, 50));
    expect(await listOutbox(t.db, { to: email })).toEqual([]);

    // A proof is good once: the replay is refused and changes nothing either.
    const proof = await solvedProof();
    expect(
      await browser()
        .call()
        .auth.signUp({ ...signUp, email, altcha: proof }),
    ).toEqual({ ok: true, email });
    expect(await accounts()).toBe(before.accounts + 1);
    const replay = await browser()
      .call()
      .auth.signUp({ ...signUp, email: "bot2@engines.example", altcha: proof })
      .catch((e: unknown) => e);
    expect(replay).toMatchObject({
      code: "BAD_REQUEST",
      message: "This verification was already used. Please try again.",
    });
    expect(await accounts()).toBe(before.accounts + 1);
  });

  it("P7 a refused password does not spend the bot proof", async () => {
    const proof = await solvedProof();
    await expect(
      browser()
        .call()
        .auth.signUp({ ...signUp, email: "weak2@engines.example", password: "password1234", altcha: proof }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const retried = await browser()
      .call()
      .auth.signUp({ ...signUp, email: "weak2@engines.example", password: "an unusual passphrase 93", altcha: proof });
    expect(retried).toEqual({ ok: true, email: "weak2@engines.example" });
  });

  it("refuses a common password on the password field", async () => {
    const err = await browser()
      .call()
      .auth.signUp({ ...signUp, email: "weak@engines.example", password: "password1234", altcha: await solvedProof() })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "BAD_REQUEST" });
    expect(
      (err as { cause: { fieldErrors: Record<string, string[]> } }).cause.fieldErrors.password?.length,
    ).toBeGreaterThan(0);
  });
});

describe("verification and sign-in", () => {
  it("refuses sign-in until the address is verified, then signs in with a session cookie", async () => {
    const b = browser();
    await expect(b.call().auth.signIn({ email: signUp.email, password: signUp.password })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    // Sign-up, the repeated sign-up and the refused sign-in each sent a fresh link: only the newest works.
    const token = await linkToken(signUp.email, "verify_email", 3);
    expect(await b.call().auth.verifyEmail({ token })).toEqual({ ok: true, email: signUp.email });
    await expect(b.call().auth.verifyEmail({ token })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const me = await b.call().auth.signIn({ email: "Ada@Engines.example", password: signUp.password });
    expect(me).toMatchObject({ email: signUp.email, emailVerified: true });
    expect(b.token).toMatch(/^[a-z2-7]{32,}$/);
    expect(await b.call().auth.me()).toMatchObject({ email: signUp.email });
  });

  it("gives the same answer for a wrong password and an unknown address", async () => {
    const wrong = await browser()
      .call()
      .auth.signIn({ email: signUp.email, password: "not the password at all" })
      .catch((e: Error) => e);
    const unknown = await browser()
      .call()
      .auth.signIn({ email: "nobody@engines.example", password: "whatever it is 123" })
      .catch((e: Error) => e);
    expect(wrong).toMatchObject({ code: "UNAUTHORIZED" });
    expect(unknown).toMatchObject({ code: "UNAUTHORIZED", message: (wrong as Error).message });
  });

  it("password reset requests look the same for registered and unknown addresses", async () => {
    const b = browser();
    expect(await b.call().auth.requestPasswordReset({ email: "nobody@engines.example" })).toEqual({ ok: true });
    expect(await b.call().auth.requestPasswordReset({ email: signUp.email })).toEqual({ ok: true });
  });
});

describe("P23 password reset", () => {
  it("revokes every session of the account and lets the new password in", async () => {
    const first = browser();
    const second = browser({ userAgent: "curl/8.0" });
    await first.call().auth.signIn({ email: signUp.email, password: signUp.password });
    await second.call().auth.signIn({ email: signUp.email, password: signUp.password });
    const [a] = await t.db.select().from(schema.account).where(eq(schema.account.email, signUp.email));
    expect(
      (await t.db.select().from(schema.session).where(eq(schema.session.accountId, a!.id))).length,
    ).toBeGreaterThanOrEqual(2);

    await browser().call().auth.requestPasswordReset({ email: signUp.email });
    // The earlier "looks the same" test already asked for one reset: the second link is the valid one.
    const token = await linkToken(signUp.email, "reset_password", 2);
    const newPassword = "another unusual passphrase 8";
    expect(await browser().call().auth.resetPassword({ token, password: newPassword })).toEqual({ ok: true });
    expect(await t.db.select().from(schema.session).where(eq(schema.session.accountId, a!.id))).toEqual([]);
    expect(await first.call().auth.me()).toBeNull();
    await expect(browser().call().auth.resetPassword({ token, password: newPassword })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(
      browser().call().auth.signIn({ email: signUp.email, password: signUp.password }),
    ).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    signUp.password = newPassword;
  });
});

describe("P17 account portal", () => {
  let b: Browser;
  beforeAll(async () => {
    b = browser();
    await b.call().auth.signIn({ email: signUp.email, password: signUp.password });
  });

  it("shows the account's data and saves edits", async () => {
    const p = await b.call().account.profile();
    expect(p).toMatchObject({
      email: signUp.email,
      name: signUp.name,
      locale: "es",
      country: "ES",
      pendingEmail: null,
    });
    const updated = await b.call().account.updateProfile({
      name: "Augusta Ada King",
      companyName: "Engines & Co",
      phone: "",
      businessSector: "consulting",
      interests: ["privacy"],
      locale: "fr",
    });
    expect(updated).toMatchObject({
      name: "Augusta Ada King",
      phone: null,
      businessSector: "consulting",
      interests: ["privacy"],
      locale: "fr",
    });
  });

  it("changes the e-mail address only once the new address is confirmed", async () => {
    await expect(
      b.call().account.changeEmail({ newEmail: "ada@new.example", password: "wrong password!!" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    expect(await b.call().account.changeEmail({ newEmail: "ada@new.example", password: signUp.password })).toEqual({
      ok: true,
      pendingEmail: "ada@new.example",
    });
    expect((await b.call().account.profile()).email).toBe(signUp.email);
    const token = await linkToken("ada@new.example", "change_email");
    expect(await browser().call().auth.verifyEmail({ token })).toEqual({ ok: true, email: "ada@new.example" });
    expect(await b.call().account.profile()).toMatchObject({ email: "ada@new.example", pendingEmail: null });
    signUp.email = "ada@new.example";
  });

  it("P11 records the marketing choice", async () => {
    expect(await b.call().account.setMarketing({ optIn: true })).toEqual({ marketingOptIn: true });
    expect(await b.call().account.setMarketing({ optIn: false })).toEqual({ marketingOptIn: false });
  });

  it("lists active sessions with the current one marked, and revokes another", async () => {
    const other = browser({
      userAgent:
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1",
    });
    await other.call().auth.signIn({ email: signUp.email, password: signUp.password });
    const list = await b.call().account.sessions();
    expect(list.filter((s) => s.current)).toHaveLength(1);
    const theirs = list.find((s) => !s.current && s.device === "mobile");
    expect(theirs).toBeDefined();
    await b.call().account.revokeSession({ id: theirs!.id });
    expect(await other.call().auth.me()).toBeNull();
    expect(await b.call().auth.me()).not.toBeNull();
  });

  it("changing the password keeps this browser and signs out the others", async () => {
    const other = browser();
    await other.call().auth.signIn({ email: signUp.email, password: signUp.password });
    const next = "a third unusual passphrase 9";
    const r = await b.call().account.changePassword({ currentPassword: signUp.password, newPassword: next });
    expect(r.revoked).toBeGreaterThanOrEqual(1);
    expect(await other.call().auth.me()).toBeNull();
    expect(await b.call().auth.me()).not.toBeNull();
    signUp.password = next;
  });

  it("records privacy requests with a one-month deadline, one open request per kind", async () => {
    const exp = await b.call().account.requestDataExport();
    expect(exp).toMatchObject({ kind: "access", status: "verified" });
    expect(exp.dueAt.getTime() - clock.getTime()).toBe(30 * 24 * 3600 * 1000);
    await expect(b.call().account.requestDataExport()).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(b.call().account.requestDeletion({ password: "not my password!" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    const del = await b.call().account.requestDeletion({ password: signUp.password });
    expect(del.kind).toBe("erasure");
    expect((await b.call().account.privacyRequests()).map((r) => r.kind).sort()).toEqual(["access", "erasure"]);
  });

  it("signs out everywhere, this browser included", async () => {
    const r = await b.call().account.signOutEverywhere();
    expect(r.revoked).toBeGreaterThanOrEqual(1);
    expect(b.token).toBeNull();
    await expect(b.call().account.profile()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});

describe("dev mailbox", () => {
  it("lists what was sent and shows a message", async () => {
    const box = await browser().call().dev.mailbox();
    expect(box.enabled).toBe(true);
    expect(box.messages.length).toBeGreaterThan(0);
    const msg = await browser().call().dev.message({ id: box.messages[0]!.id });
    expect(msg.text.length).toBeGreaterThan(0);
  });

  it("is off outside dev", async () => {
    const caller = createCaller(createContext({ db: t.db, devMailbox: false }));
    expect(await caller.dev.mailbox()).toEqual({ enabled: false, messages: [] });
  });
});

it("P27 a session is refused after 7 idle days", async () => {
  const b = browser();
  await b.call().auth.signIn({ email: signUp.email, password: signUp.password });
  clock = new Date(clock.getTime() + 7 * 24 * 3600 * 1000 + 1000);
  expect(await b.call().auth.me()).toBeNull();
});
