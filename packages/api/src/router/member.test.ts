import { hashToken } from "@abante/auth";
import { rows, schema, withTenant } from "@abante/db";
import { createTestDb, type TestDb } from "@abante/db/testing";
import { createMailer, listOutbox, type Mailer } from "@abante/mail";
import { asc, eq, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../context";
import { appRouter } from "../root";
import { INVITE_TTL_MS } from "../services/tenancy";
import { createCallerFactory } from "../trpc";

let t: TestDb;
let mailer: Mailer;
const start = new Date("2026-03-01T10:00:00Z");
let clock = start;
const createCaller = createCallerFactory(appRouter);

afterEach(() => {
  clock = start;
});

function as(accountId: string | null, opts: { mailer?: Mailer } = {}) {
  return createCaller(
    createContext({
      db: t.db,
      session: accountId ? { sessionId: "s", accountId, staffRole: null } : null,
      now: () => clock,
      mailer: opts.mailer ?? mailer,
      publicOrigin: "https://abante.test/",
    }),
  );
}

type Failure = { code: string; message: string; cause?: { fieldErrors?: Record<string, string[]> } };
function failure(p: Promise<unknown>): Promise<Failure> {
  return p.then(
    () => {
      throw new Error("expected the call to fail");
    },
    (e: Failure) => e,
  );
}

async function account(email: string, name: string, locale = "en") {
  const [row] = await t.db
    .insert(schema.account)
    .values({ email, name, locale, emailVerifiedAt: start })
    .returning({ id: schema.account.id });
  return row!.id;
}

async function join(tenantId: string, accountId: string, role: "owner" | "admin" | "member") {
  await withTenant(t.db, tenantId, (tx) => tx.insert(schema.membership).values({ tenantId, accountId, role }));
}

/** A tenant created through the API by its owner, with one admin and one member. */
async function team(slug: string) {
  const owner = await account(`owner@${slug}.test`, `Olivia ${slug}`);
  const admin = await account(`admin@${slug}.test`, `Adam ${slug}`, "fr");
  const member = await account(`member@${slug}.test`, `Mia ${slug}`);
  const { id } = await as(owner).tenant.create({ name: `Team ${slug}`, slug });
  await join(id, admin, "admin");
  await join(id, member, "member");
  return { id, slug, owner, admin, member };
}

async function roles(tenantId: string) {
  const rows = await withTenant(t.db, tenantId, (tx) =>
    tx
      .select({ accountId: schema.membership.accountId, role: schema.membership.role })
      .from(schema.membership)
      .orderBy(asc(schema.membership.accountId)),
  );
  return Object.fromEntries(rows.map((r) => [r.accountId, r.role]));
}

/** P19: whatever happened, the tenant has an owner and tenant.owner_account_id names one of them. */
async function expectOwned(tenantId: string) {
  const current = await roles(tenantId);
  const owners = Object.keys(current).filter((id) => current[id] === "owner");
  expect(owners.length).toBeGreaterThanOrEqual(1);
  const [row] = await t.db.select().from(schema.tenant).where(eq(schema.tenant.id, tenantId));
  expect(owners).toContain(row!.ownerAccountId);
}

/** The newest invite mail to `to`, its link token and the outbox row. */
async function inviteMail(to: string) {
  const [mail] = (await listOutbox(t.db, { to, limit: 50 })).filter((r) => r.kind === "invite");
  if (!mail) throw new Error(`no invite mail to ${to}`);
  const token = /\/app\/invite\?token=([a-z2-7]+)/.exec(mail.textBody)?.[1];
  if (!token) throw new Error("no invite link in the mail");
  return { mail, token };
}

let outsider: string;

beforeAll(async () => {
  t = await createTestDb();
  mailer = createMailer({ db: t.db, from: "Abante <no-reply@abante.test>" });
  // A real account with a CRM database of its own, just not in the teams below.
  outsider = await account("eve@elsewhere.test", "Eve");
  await as(outsider).tenant.create({ name: "Elsewhere", slug: "elsewhere" });
});
afterAll(() => t?.close());

describe("role matrix", () => {
  it("P19 members cannot manage members, admins cannot transfer ownership, non-members get NOT_FOUND; nothing changes", async () => {
    const x = await team("matrix");
    const pending = await as(x.admin).member.invite({ tenant: x.slug, email: "pending@example.test" });
    const snapshot = async () => ({
      roles: await roles(x.id),
      invitations: await as(x.owner).member.invitations({ tenant: x.slug }),
      tenant: (await t.db.select().from(schema.tenant).where(eq(schema.tenant.id, x.id)))[0],
    });
    const before = await snapshot();

    const tenant = x.slug;
    const calls = {
      list: (a: string) => as(a).member.list({ tenant }),
      invitations: (a: string) => as(a).member.invitations({ tenant }),
      invite: (a: string) => as(a).member.invite({ tenant, email: "new@example.test", role: "member" }),
      revokeInvitation: (a: string) => as(a).member.revokeInvitation({ tenant, id: pending.id }),
      changeRole: (a: string) => as(a).member.changeRole({ tenant, accountId: x.member, role: "admin" }),
      remove: (a: string) => as(a).member.remove({ tenant, accountId: x.member }),
      removeAdmin: (a: string) => as(a).member.remove({ tenant, accountId: x.admin }),
      leave: (a: string) => as(a).member.leave({ tenant }),
      transferOwnership: (a: string) => as(a).member.transferOwnership({ tenant, accountId: x.member }),
    };
    // Expected refusal per procedure and caller; "ok" cells are exercised read-only here and as mutations below.
    const denied: [keyof typeof calls, string, "FORBIDDEN" | "NOT_FOUND"][] = [
      ["list", outsider, "NOT_FOUND"],
      ["invitations", x.member, "FORBIDDEN"],
      ["invitations", outsider, "NOT_FOUND"],
      ["invite", x.member, "FORBIDDEN"],
      ["invite", outsider, "NOT_FOUND"],
      ["revokeInvitation", x.member, "FORBIDDEN"],
      ["revokeInvitation", outsider, "NOT_FOUND"],
      ["changeRole", x.member, "FORBIDDEN"],
      ["changeRole", outsider, "NOT_FOUND"],
      ["remove", x.member, "FORBIDDEN"],
      ["removeAdmin", x.member, "FORBIDDEN"],
      ["remove", outsider, "NOT_FOUND"],
      ["leave", outsider, "NOT_FOUND"],
      ["leave", x.owner, "FORBIDDEN"], // the only owner
      ["transferOwnership", x.member, "FORBIDDEN"],
      ["transferOwnership", x.admin, "FORBIDDEN"],
      ["transferOwnership", outsider, "NOT_FOUND"],
    ];
    for (const [proc, caller, code] of denied) {
      const err = await failure(calls[proc](caller));
      expect({ proc, caller, code: err.code }).toEqual({ proc, caller, code });
    }
    const notMember = await failure(calls.list(outsider));
    const missing = await failure(as(outsider).member.list({ tenant: "no-such-team" }));
    expect(missing.message).toBe(notMember.message);

    for (const who of [x.member, x.admin, x.owner]) expect(await calls.list(who)).toHaveLength(3);
    for (const who of [x.admin, x.owner]) expect(await calls.invitations(who)).toHaveLength(1);
    expect(await snapshot()).toEqual(before);
    await expectOwned(x.id);
  });

  it("signed-out callers are refused everywhere, accepting an invitation included", async () => {
    expect((await failure(as(null).member.list({ tenant: "matrix" }))).code).toBe("UNAUTHORIZED");
    expect((await failure(as(null).member.acceptInvite({ token: "a".repeat(40) }))).code).toBe("UNAUTHORIZED");
  });
});

describe("member.list", () => {
  it("P19 lists every member with name, e-mail, role and join date, sorted by name", async () => {
    const x = await team("listing");
    const list = await as(x.member).member.list({ tenant: x.slug });
    expect(list.map((r) => [r.name, r.email, r.role])).toEqual([
      ["Adam listing", "admin@listing.test", "admin"],
      ["Mia listing", "member@listing.test", "member"],
      ["Olivia listing", "owner@listing.test", "owner"],
    ]);
    expect(Object.keys(list[0]!).sort()).toEqual(["accountId", "createdAt", "email", "name", "role"]);
    expect(list.find((r) => r.role === "owner")?.accountId).toBe(x.owner);
  });
});

describe("invitations", () => {
  it("P19 invite → mail in the inviter's language → accepted by the invited address only, once (P23 hashed token)", async () => {
    const x = await team("invites");
    const invited = await as(x.admin).member.invite({ tenant: x.slug, email: "Ivy@Example.test", role: "admin" });
    expect(invited).toMatchObject({
      email: "Ivy@Example.test",
      role: "admin",
      invitedBy: x.admin,
      invitedByName: "Adam invites",
      expiresAt: new Date(start.getTime() + INVITE_TTL_MS),
    });
    expect(await as(x.owner).member.invitations({ tenant: x.slug })).toEqual([invited]);

    // The mail: to the invited address, in the inviter's locale (fr), with the link to the CRM.
    const { mail, token } = await inviteMail("ivy@example.test");
    expect(mail.locale).toBe("fr");
    expect(mail.subject).toContain("Adam invites");
    expect(mail.subject).toContain("Team invites");
    expect(mail.textBody).toContain(`https://abante.test/app/invite?token=${token}`);

    // P23: the database keeps only the token's hash.
    const [inv] = await withTenant(t.db, x.id, (tx) =>
      tx.select().from(schema.invitation).where(eq(schema.invitation.id, invited.id)),
    );
    const [tok] = await t.db.select().from(schema.oneTimeToken).where(eq(schema.oneTimeToken.id, inv!.tokenId!));
    expect(tok).toMatchObject({ purpose: "invite", tokenHash: hashToken(token), usedAt: null });
    expect(tok!.data).toEqual({ tenantId: x.id, invitationId: invited.id, role: "admin" });
    expect(JSON.stringify(await t.db.select().from(schema.oneTimeToken))).not.toContain(token);

    // Another signed-in account cannot use the link, and trying does not spend it.
    const err = await failure(as(outsider).member.acceptInvite({ token }));
    expect(err).toMatchObject({ code: "FORBIDDEN", message: "This invitation was sent to another address." });
    expect((await failure(as(outsider).member.list({ tenant: x.slug }))).code).toBe("NOT_FOUND");

    const ivy = await account("ivy@example.test", "Ivy");
    expect(await as(ivy).member.acceptInvite({ token })).toEqual({
      tenant: { slug: "invites", name: "Team invites" },
      role: "admin",
    });
    expect((await as(ivy).tenant.mine()).map((r) => [r.slug, r.role])).toEqual([["invites", "admin"]]);
    expect((await as(x.member).member.list({ tenant: x.slug })).map((r) => r.email)).toContain("ivy@example.test");
    expect(await as(x.owner).member.invitations({ tenant: x.slug })).toEqual([]);

    // Single use.
    const again = await failure(as(ivy).member.acceptInvite({ token }));
    expect(again.code).toBe("BAD_REQUEST");
    expect(again.cause?.fieldErrors?.token).toBeDefined();
    await expectOwned(x.id);
  });

  it("an expired invitation cannot be accepted and leaves the pending list", async () => {
    const x = await team("expiry");
    await as(x.owner).member.invite({ tenant: x.slug, email: "late@example.test" });
    const { token } = await inviteMail("late@example.test");
    const late = await account("late@example.test", "Late");
    clock = new Date(start.getTime() + INVITE_TTL_MS - 1000);
    expect(await as(x.owner).member.invitations({ tenant: x.slug })).toHaveLength(1);
    clock = new Date(start.getTime() + INVITE_TTL_MS + 1000);
    expect(await as(x.owner).member.invitations({ tenant: x.slug })).toEqual([]);
    const err = await failure(as(late).member.acceptInvite({ token }));
    expect(err.code).toBe("BAD_REQUEST");
    expect(err.cause?.fieldErrors?.token?.[0]).toMatch(/invalid or has expired/);
    expect((await failure(as(late).member.list({ tenant: x.slug }))).code).toBe("NOT_FOUND");
  });

  it("re-inviting an address replaces the older invitation: its link stops working", async () => {
    const x = await team("reinvite");
    await as(x.admin).member.invite({ tenant: x.slug, email: "ray@example.test", role: "admin" });
    const first = await inviteMail("ray@example.test");
    const second = await as(x.owner).member.invite({ tenant: x.slug, email: "RAY@example.test", role: "member" });
    const latest = await inviteMail("ray@example.test");
    expect(latest.token).not.toBe(first.token);
    expect(await as(x.owner).member.invitations({ tenant: x.slug })).toEqual([second]);

    const ray = await account("ray@example.test", "Ray");
    expect((await failure(as(ray).member.acceptInvite({ token: first.token }))).code).toBe("BAD_REQUEST");
    expect(await as(ray).member.acceptInvite({ token: latest.token })).toMatchObject({ role: "member" });
  });

  it("inviting someone who is already a member is a conflict on the e-mail field", async () => {
    const x = await team("already");
    const err = await failure(as(x.admin).member.invite({ tenant: x.slug, email: "MEMBER@already.test" }));
    expect(err.code).toBe("CONFLICT");
    expect(err.cause?.fieldErrors?.email).toBeDefined();
    expect((await failure(as(x.admin).member.invite({ tenant: x.slug, email: "not an email" }))).code).toBe(
      "BAD_REQUEST",
    );
    const owner = await failure(
      as(x.admin).member.invite({ tenant: x.slug, email: "boss@example.test", role: "owner" as "admin" }),
    );
    expect(owner.code).toBe("BAD_REQUEST");
    expect(await as(x.admin).member.invitations({ tenant: x.slug })).toEqual([]);
  });

  it("an invitation whose mail could not be sent is withdrawn", async () => {
    const x = await team("mailfail");
    const broken: Mailer = {
      transport: "smtp",
      async send() {
        throw new Error("smtp is down");
      },
      async close() {},
    };
    const err = await failure(
      as(x.admin, { mailer: broken }).member.invite({ tenant: x.slug, email: "nomail@example.test" }),
    );
    expect(err.code).toBe("INTERNAL_SERVER_ERROR");
    expect(await as(x.admin).member.invitations({ tenant: x.slug })).toEqual([]);
  });

  it("a revoked invitation's link stops working; another tenant's invitation cannot be revoked", async () => {
    const x = await team("revoke");
    const y = await team("revoke-other");
    const mine = await as(x.admin).member.invite({ tenant: x.slug, email: "rex@example.test" });
    const { token } = await inviteMail("rex@example.test");
    const theirs = await as(y.admin).member.invite({ tenant: y.slug, email: "tom@example.test" });

    expect((await failure(as(x.admin).member.revokeInvitation({ tenant: x.slug, id: theirs.id }))).code).toBe(
      "NOT_FOUND",
    );
    expect(await as(y.admin).member.invitations({ tenant: y.slug })).toEqual([theirs]);

    expect(await as(x.admin).member.revokeInvitation({ tenant: x.slug, id: mine.id })).toEqual({ ok: true });
    expect(await as(x.admin).member.invitations({ tenant: x.slug })).toEqual([]);
    expect((await failure(as(x.admin).member.revokeInvitation({ tenant: x.slug, id: mine.id }))).code).toBe(
      "NOT_FOUND",
    );
    const rex = await account("rex@example.test", "Rex");
    expect((await failure(as(rex).member.acceptInvite({ token }))).code).toBe("BAD_REQUEST");
    expect((await failure(as(rex).member.list({ tenant: x.slug }))).code).toBe("NOT_FOUND");
  });

  it("accepting while already a member keeps the existing role", async () => {
    const x = await team("rejoin");
    await as(x.admin).member.invite({ tenant: x.slug, email: "sam@example.test", role: "member" });
    const { token } = await inviteMail("sam@example.test");
    const sam = await account("sam@example.test", "Sam");
    await join(x.id, sam, "admin");
    expect(await as(sam).member.acceptInvite({ token })).toEqual({
      tenant: { slug: "rejoin", name: "Team rejoin" },
      role: "admin",
    });
  });
});

describe("member.changeRole", () => {
  it("P19 admins and owners change members' roles; never an owner's, never their own", async () => {
    const x = await team("roles");
    const promoted = await as(x.admin).member.changeRole({ tenant: x.slug, accountId: x.member, role: "admin" });
    expect(promoted).toMatchObject({ accountId: x.member, role: "admin", email: "member@roles.test" });
    expect((await as(x.member).tenant.get({ tenant: x.slug })).role).toBe("admin");
    expect((await as(x.owner).member.changeRole({ tenant: x.slug, accountId: x.member, role: "member" })).role).toBe(
      "member",
    );

    const own = await failure(as(x.admin).member.changeRole({ tenant: x.slug, accountId: x.admin, role: "member" }));
    expect(own.code).toBe("FORBIDDEN");
    const owner = await failure(as(x.admin).member.changeRole({ tenant: x.slug, accountId: x.owner, role: "member" }));
    expect(owner).toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/transfer ownership/) });
    const self = await failure(as(x.owner).member.changeRole({ tenant: x.slug, accountId: x.owner, role: "admin" }));
    expect(self.code).toBe("FORBIDDEN");
    const stranger = await failure(
      as(x.owner).member.changeRole({ tenant: x.slug, accountId: outsider, role: "admin" }),
    );
    expect(stranger.code).toBe("NOT_FOUND");
    const toOwner = await failure(
      as(x.owner).member.changeRole({ tenant: x.slug, accountId: x.member, role: "owner" as "admin" }),
    );
    expect(toOwner.code).toBe("BAD_REQUEST");
    expect(await roles(x.id)).toEqual({ [x.owner]: "owner", [x.admin]: "admin", [x.member]: "member" });
    await expectOwned(x.id);
  });
});

describe("member.remove and member.leave", () => {
  it("P19 removing a member ends their access at once", async () => {
    const x = await team("removal");
    expect(await as(x.member).member.list({ tenant: x.slug })).toHaveLength(3);
    expect(await as(x.admin).member.remove({ tenant: x.slug, accountId: x.member })).toEqual({ ok: true });
    // The very next request of that account to this tenant is refused, like a tenant that does not exist.
    for (const call of [
      () => as(x.member).member.list({ tenant: x.slug }),
      () => as(x.member).tenant.get({ tenant: x.slug }),
    ]) {
      expect((await failure(call())).code).toBe("NOT_FOUND");
    }
    expect(await as(x.member).tenant.mine()).toEqual([]);
    expect((await failure(as(x.admin).member.remove({ tenant: x.slug, accountId: x.member }))).code).toBe("NOT_FOUND");
    // An owner removes an admin just the same.
    await as(x.owner).member.remove({ tenant: x.slug, accountId: x.admin });
    expect((await failure(as(x.admin).member.invitations({ tenant: x.slug }))).code).toBe("NOT_FOUND");
    expect(await roles(x.id)).toEqual({ [x.owner]: "owner" });
  });

  it("P19 the last owner can never be removed nor leave; an admin cannot remove an owner", async () => {
    const x = await team("lastowner");
    const byAdmin = await failure(as(x.admin).member.remove({ tenant: x.slug, accountId: x.owner }));
    expect(byAdmin.code).toBe("FORBIDDEN");
    const self = await failure(as(x.owner).member.remove({ tenant: x.slug, accountId: x.owner }));
    expect(self).toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/at least one owner/) });
    expect((await failure(as(x.owner).member.leave({ tenant: x.slug }))).code).toBe("FORBIDDEN");
    expect((await roles(x.id))[x.owner]).toBe("owner");
    await expectOwned(x.id);
  });

  it("members and admins may leave; their access ends at once", async () => {
    const x = await team("leaving");
    expect(await as(x.member).member.leave({ tenant: x.slug })).toEqual({ ok: true });
    expect((await failure(as(x.member).member.list({ tenant: x.slug }))).code).toBe("NOT_FOUND");
    await as(x.admin).member.leave({ tenant: x.slug });
    expect((await failure(as(x.admin).tenant.get({ tenant: x.slug }))).code).toBe("NOT_FOUND");
    expect(await roles(x.id)).toEqual({ [x.owner]: "owner" });
  });

  it("P19 with two owners one may remove the other, and the tenant's owner of record moves to the one left", async () => {
    const x = await team("twoowners");
    const second = await account("second@twoowners.test", "Second Owner");
    await join(x.id, second, "owner");
    expect(await as(second).member.remove({ tenant: x.slug, accountId: x.owner })).toEqual({ ok: true });
    const [row] = await t.db.select().from(schema.tenant).where(eq(schema.tenant.id, x.id));
    expect(row!.ownerAccountId).toBe(second);
    expect((await failure(as(second).member.leave({ tenant: x.slug }))).code).toBe("FORBIDDEN");
    await expectOwned(x.id);
  });

  it("P19 two owners removing each other at the same moment: one succeeds, an owner remains", async (test) => {
    // PGlite is one connection: transactions cannot overlap there, so the race exists only on Postgres.
    if (t.driver === "pglite") test.skip();
    const x = await team("race");
    const second = await account("second@race.test", "Second Owner");
    await join(x.id, second, "owner");
    // Hold the owners' rows so both removals are in flight together, then let them go at once.
    let release!: () => void;
    let holding!: () => void;
    const held = new Promise<void>((r) => {
      release = r;
    });
    const ready = new Promise<void>((r) => {
      holding = r;
    });
    const holder = withTenant(t.db, x.id, async (tx) => {
      await tx.select().from(schema.membership).where(eq(schema.membership.role, "owner")).for("update");
      holding();
      await held;
    });
    await ready;
    const racing = Promise.allSettled([
      as(x.owner).member.remove({ tenant: x.slug, accountId: second }),
      as(second).member.remove({ tenant: x.slug, accountId: x.owner }),
    ]);
    for (let i = 0; i < 250; i++) {
      const [w] = await rows<{ n: number }>(t.db, sql`select count(*)::int as n from pg_locks where not granted`);
      if ((w?.n ?? 0) >= 2) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    release();
    await holder;
    const results = await racing;
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) {
      if (r.status === "rejected") expect(["FORBIDDEN", "NOT_FOUND"]).toContain((r.reason as Failure).code);
    }
    expect(Object.values(await roles(x.id)).filter((role) => role === "owner")).toHaveLength(1);
    await expectOwned(x.id);
  });
});

describe("member.transferOwnership", () => {
  it("P19 the owner hands ownership to a member and becomes admin; the tenant is never without an owner", async () => {
    const x = await team("transfer");
    expect((await failure(as(x.owner).member.transferOwnership({ tenant: x.slug, accountId: outsider }))).code).toBe(
      "NOT_FOUND",
    );
    const self = await failure(as(x.owner).member.transferOwnership({ tenant: x.slug, accountId: x.owner }));
    expect(self.code).toBe("BAD_REQUEST");
    expect(self.cause?.fieldErrors?.accountId).toBeDefined();

    expect(await as(x.owner).member.transferOwnership({ tenant: x.slug, accountId: x.member })).toEqual({
      ownerAccountId: x.member,
      role: "admin",
    });
    expect(await roles(x.id)).toEqual({ [x.owner]: "admin", [x.admin]: "admin", [x.member]: "owner" });
    const [row] = await t.db.select().from(schema.tenant).where(eq(schema.tenant.id, x.id));
    expect(row!.ownerAccountId).toBe(x.member);
    await expectOwned(x.id);

    // The former owner is an admin now: no second transfer, and the new owner's role is out of their reach.
    expect((await failure(as(x.owner).member.transferOwnership({ tenant: x.slug, accountId: x.owner }))).code).toBe(
      "FORBIDDEN",
    );
    expect(
      (await failure(as(x.owner).member.changeRole({ tenant: x.slug, accountId: x.member, role: "member" }))).code,
    ).toBe("FORBIDDEN");
    expect((await failure(as(x.owner).member.remove({ tenant: x.slug, accountId: x.member }))).code).toBe("FORBIDDEN");
    // The former owner may leave now; the new owner may not.
    expect(await as(x.owner).member.leave({ tenant: x.slug })).toEqual({ ok: true });
    expect((await failure(as(x.member).member.leave({ tenant: x.slug }))).code).toBe("FORBIDDEN");
    await expectOwned(x.id);
  });
});
