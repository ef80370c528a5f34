import { Writable } from "node:stream";
import { schema } from "@abante/db";
import { createTestDb, type TestDb } from "@abante/db/testing";
import { createMailer, listOutbox } from "@abante/mail";
import { solveChallenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import { eq } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import pino from "pino";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer, PROCEDURE_LIMITS, procedureNames } from "./app";
import { loggerOptions } from "./logger";

let t: TestDb;
const lines: string[] = [];
const log = pino(
  loggerOptions("trace", false),
  new Writable({
    write(chunk, _enc, cb) {
      lines.push(String(chunk));
      cb();
    },
  }),
);

async function server(production = false): Promise<FastifyInstance> {
  return buildServer({
    db: t.db,
    app: { version: "test", startedAt: new Date() },
    log,
    production,
    mailer: createMailer({ db: t.db, from: "Abante <no-reply@abante.test>", log }),
    publicUrl: "http://localhost:3000",
    devMailbox: true,
  });
}

const origin = { origin: "http://localhost:80", host: "localhost:80" };
const json = (body: unknown) => JSON.stringify(superjson.serialize(body));

async function mutate(app: FastifyInstance, path: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await app.inject({
    method: "POST",
    url: `/trpc/${path}`,
    headers: { "content-type": "application/json", ...origin, ...headers },
    payload: json(body),
  });
  return res;
}

/** P7: what the sign-up form's widget does: fetch a challenge from the server, solve it, submit the payload. */
async function botProof(app: FastifyInstance): Promise<string> {
  const challenge = (await app.inject("/api/altcha/challenge")).json();
  const solution = await solveChallenge({ challenge, deriveKey });
  return Buffer.from(JSON.stringify({ challenge, solution })).toString("base64");
}

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t?.close());

describe("same-origin check on mutations", () => {
  it("refuses a cross-site POST and accepts a same-origin one", async () => {
    const app = await server();
    const evil = await mutate(app, "auth.signOut", undefined, { origin: "https://evil.example" });
    expect(evil.statusCode).toBe(403);
    const noHeaders = await app.inject({
      method: "POST",
      url: "/trpc/auth.signOut",
      headers: { "content-type": "application/json" },
      payload: "{}",
    });
    expect(noHeaders.statusCode).toBe(403);
    const fetchSite = await mutate(app, "auth.signOut", undefined, { "sec-fetch-site": "cross-site" });
    expect(fetchSite.statusCode).toBe(403);
    const ok = await mutate(app, "auth.signOut", undefined, { "sec-fetch-site": "same-origin" });
    expect(ok.statusCode).toBe(200);
    const publicOrigin = await mutate(app, "auth.signOut", undefined, { origin: "http://localhost:3000" });
    expect(publicOrigin.statusCode).toBe(200);
    await app.close();
  });
});

describe("per-IP limits", () => {
  it("names the procedures of a batch URL", () => {
    expect(procedureNames("/trpc/auth.signIn,auth.me?batch=1")).toEqual(["auth.signIn", "auth.me"]);
    expect(procedureNames("/healthz")).toEqual([]);
  });

  it(`answers 429 after ${PROCEDURE_LIMITS["auth.signIn"]!.max} sign-in attempts a minute from one IP`, async () => {
    const app = await server();
    const max = PROCEDURE_LIMITS["auth.signIn"]!.max;
    const statuses: number[] = [];
    for (let i = 0; i <= max; i++) {
      const res = await mutate(
        app,
        "auth.signIn",
        { email: "nobody@x.example", password: "wrong password 1" },
        {
          "x-test": String(i),
        },
      );
      statuses.push(res.statusCode);
    }
    expect(statuses.slice(0, max)).toEqual(Array(max).fill(401));
    expect(statuses[max]).toBe(429);
    await app.close();
  });
});

describe("P7 sign-up over HTTP needs the bot proof", () => {
  it("P7 refuses a sign-up without or with a forged proof on the altcha field, and stores nothing", async () => {
    const app = await server();
    const email = "no-proof@abante.test";
    const input = {
      name: "No Proof",
      companyName: "Bots Inc",
      email,
      password: "a secret passphrase nobody logs 77",
      businessSector: "retail",
      interests: [],
    };
    const forged = Buffer.from(JSON.stringify({ challenge: { parameters: {} }, solution: {} })).toString("base64");
    for (const altcha of [undefined, forged]) {
      const res = await mutate(app, "auth.signUp", { ...input, altcha });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.json.data.fieldErrors).toEqual({ altcha: [expect.any(String)] });
    }
    expect(await t.db.select().from(schema.account).where(eq(schema.account.email, email))).toEqual([]);
    expect(await listOutbox(t.db, { to: email })).toEqual([]);

    const ok = await mutate(app, "auth.signUp", { ...input, altcha: await botProof(app) });
    expect(ok.statusCode).toBe(200);
    expect(await t.db.select().from(schema.account).where(eq(schema.account.email, email))).toHaveLength(1);
    await app.close();
  });
});

describe("P6 session cookie over HTTP", () => {
  it("production cookies are __Host-, HttpOnly, Secure, SameSite=Lax; the log never holds secrets", async () => {
    const app = await server(true);
    lines.length = 0;
    const password = "a secret passphrase nobody logs 42";
    const email = "cookie@abante.test";
    expect(
      (
        await mutate(app, "auth.signUp", {
          name: "Cookie Tester",
          companyName: "Cookies Inc",
          email,
          password,
          businessSector: "retail",
          interests: [],
          altcha: await botProof(app),
        })
      ).statusCode,
    ).toBe(200);
    let verifyToken: string | undefined;
    for (let i = 0; i < 50 && !verifyToken; i++) {
      const [m] = await listOutbox(t.db, { to: email });
      verifyToken = m && /token=([a-z2-7]+)/.exec(m.textBody)?.[1];
      if (!verifyToken) await new Promise((r) => setTimeout(r, 20));
    }
    expect(verifyToken).toBeDefined();
    expect((await mutate(app, "auth.verifyEmail", { token: verifyToken })).statusCode).toBe(200);

    const signIn = await mutate(app, "auth.signIn", { email, password });
    expect(signIn.statusCode).toBe(200);
    const setCookie = String(signIn.headers["set-cookie"]);
    expect(setCookie).toMatch(/^__Host-abante_session=[a-z2-7]+;/);
    expect(setCookie).toContain("HttpOnly");
    expect(setCookie).toContain("Secure");
    expect(setCookie).toContain("SameSite=Lax");
    expect(setCookie).toContain("Path=/");
    const sessionToken = /=([a-z2-7]+);/.exec(setCookie)![1]!;

    const me = await app.inject({ url: "/trpc/auth.me", headers: { cookie: `__Host-abante_session=${sessionToken}` } });
    expect(superjson.deserialize(me.json().result.data)).toMatchObject({ email });

    await mutate(app, "auth.requestPasswordReset", { email });
    let resetToken: string | undefined;
    for (let i = 0; i < 50 && !resetToken; i++) {
      const rows = await listOutbox(t.db, { to: email });
      resetToken = rows
        .filter((r) => r.kind === "reset_password")
        .map((r) => /token=([a-z2-7]+)/.exec(r.textBody)?.[1])[0];
      if (!resetToken) await new Promise((r) => setTimeout(r, 20));
    }
    expect(resetToken).toBeDefined();
    const newPassword = "another secret passphrase 43";
    expect((await mutate(app, "auth.resetPassword", { token: resetToken, password: newPassword })).statusCode).toBe(
      200,
    );
    await app.close();

    const all = lines.join("\n");
    expect(all.length).toBeGreaterThan(0);
    for (const secret of [password, newPassword, sessionToken, verifyToken!, resetToken!]) {
      expect(all).not.toContain(secret);
    }
  });
});
