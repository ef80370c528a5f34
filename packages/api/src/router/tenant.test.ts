import { schema, withTenant } from "@abante/db";
import { createTestDb, type TestDb } from "@abante/db/testing";
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../context";
import { appRouter } from "../root";
import { DEFAULT_STAGES, TRIAL_DAYS } from "../services/tenancy";
import { createCallerFactory } from "../trpc";

let t: TestDb;
const clock = new Date("2026-03-01T10:00:00Z");
const createCaller = createCallerFactory(appRouter);
const DAY = 24 * 3600 * 1000;

function as(accountId: string | null) {
  return createCaller(
    createContext({
      db: t.db,
      session: accountId ? { sessionId: "s", accountId, staffRole: null } : null,
      now: () => clock,
    }),
  );
}

async function account(email: string, opts: { verified?: boolean; name?: string } = {}) {
  const [row] = await t.db
    .insert(schema.account)
    .values({ email, name: opts.name ?? email.split("@")[0]!, emailVerifiedAt: opts.verified === false ? null : clock })
    .returning({ id: schema.account.id });
  return row!.id;
}

async function join(tenantId: string, accountId: string, role: "owner" | "admin" | "member") {
  await withTenant(t.db, tenantId, (tx) => tx.insert(schema.membership).values({ tenantId, accountId, role }));
}

function failure(p: Promise<unknown>) {
  return p.then(
    () => {
      throw new Error("expected the call to fail");
    },
    (e: { code: string; message: string; cause?: { fieldErrors?: Record<string, string[]> } }) => e,
  );
}

let ada: string;
let bob: string;
let carol: string;
let dave: string;
let outsider: string;
let acmeId: string;

beforeAll(async () => {
  t = await createTestDb();
  ada = await account("ada@example.test", { name: "Ada" });
  bob = await account("bob@example.test", { name: "Bob" });
  carol = await account("carol@example.test", { name: "Carol" });
  dave = await account("dave@example.test", { name: "Dave" });
  outsider = await account("eve@example.test", { name: "Eve" });
  const acme = await as(ada).tenant.create({ name: "Acme Ltd", slug: "acme" });
  acmeId = acme.id;
  await join(acmeId, bob, "admin");
  await join(acmeId, carol, "member");
  await join(acmeId, dave, "owner");
});
afterAll(() => t?.close());

describe("tenant.create and tenant.mine", () => {
  it("P8 one account creates two CRM databases, lists both and switches between them by slug", async () => {
    const zed = await as(ada).tenant.create({ name: "  Beta Works ", slug: "Beta-Works" });
    expect(zed).toMatchObject({
      slug: "beta-works",
      name: "Beta Works",
      status: "trial",
      role: "owner",
      trialEndsAt: new Date(clock.getTime() + TRIAL_DAYS * DAY),
      createdAt: clock,
    });
    expect(TRIAL_DAYS).toBe(15);

    const mine = await as(ada).tenant.mine();
    expect(mine.map((r) => [r.slug, r.role])).toEqual([
      ["acme", "owner"],
      ["beta-works", "owner"],
    ]);
    expect(Object.keys(mine[0]!).sort()).toEqual(
      ["createdAt", "id", "name", "role", "slug", "status", "trialEndsAt"].sort(),
    );

    // "Switching" is naming the other slug: each answer is about that tenant alone.
    const one = await as(ada).tenant.get({ tenant: "acme" });
    const two = await as(ada).tenant.get({ tenant: "beta-works" });
    expect(one).toMatchObject({ id: acmeId, slug: "acme", name: "Acme Ltd", role: "owner", memberCount: 4 });
    expect(two).toMatchObject({ id: zed.id, slug: "beta-works", role: "owner", memberCount: 1, status: "trial" });

    // Only accounts with a membership see a tenant in their list.
    expect((await as(bob).tenant.mine()).map((r) => [r.slug, r.role])).toEqual([["acme", "admin"]]);
    expect(await as(outsider).tenant.mine()).toEqual([]);
  });

  it("P8 a new CRM database starts with its creator as owner and the default pipeline, in order", async () => {
    const [row] = await t.db.select().from(schema.tenant).where(eq(schema.tenant.slug, "acme"));
    expect(row).toMatchObject({ ownerAccountId: ada, status: "trial" });
    const { stages, members } = await withTenant(t.db, acmeId, async (tx) => ({
      stages: await tx
        .select({
          name: schema.pipelineStage.name,
          kind: schema.pipelineStage.kind,
          p: schema.pipelineStage.probability,
        })
        .from(schema.pipelineStage)
        .orderBy(asc(schema.pipelineStage.position)),
      members: await tx.select().from(schema.membership).where(eq(schema.membership.accountId, ada)),
    }));
    expect(stages).toEqual(DEFAULT_STAGES.map((s) => ({ name: s.name, kind: s.kind, p: s.probability })));
    expect(stages.map((s) => `${s.name} ${s.p}% ${s.kind}`)).toEqual([
      "Lead 10% open",
      "Qualified 25% open",
      "Proposal 50% open",
      "Negotiation 75% open",
      "Won 100% won",
      "Lost 0% lost",
    ]);
    expect(members).toMatchObject([{ role: "owner" }]);
  });

  it("a taken slug is a field error on slug, whoever holds it, and creates nothing", async () => {
    const before = await t.db.select().from(schema.tenant);
    for (const who of [ada, bob]) {
      const err = await failure(as(who).tenant.create({ name: "Another Acme", slug: "acme" }));
      expect(err.code).toBe("CONFLICT");
      expect(err.cause?.fieldErrors?.slug?.[0]).toMatch(/already taken/);
    }
    const reserved = await failure(as(ada).tenant.create({ name: "Sneaky", slug: "sign-in" }));
    expect(reserved.code).toBe("CONFLICT");
    expect(reserved.cause?.fieldErrors).toHaveProperty("slug");
    expect(await t.db.select().from(schema.tenant)).toHaveLength(before.length);
  });

  it("a malformed slug or name is a field error, not a 500", async () => {
    const err = await failure(as(ada).tenant.create({ name: "A", slug: "-bad slug-" }));
    expect(err.code).toBe("BAD_REQUEST");
  });

  it("an account whose e-mail is not verified cannot create a CRM database", async () => {
    const fresh = await account("fresh@example.test", { verified: false });
    const err = await failure(as(fresh).tenant.create({ name: "Fresh", slug: "fresh" }));
    expect(err.code).toBe("FORBIDDEN");
    expect(await t.db.select().from(schema.tenant).where(eq(schema.tenant.slug, "fresh"))).toEqual([]);
  });

  it("signed-out requests are refused", async () => {
    expect((await failure(as(null).tenant.mine())).code).toBe("UNAUTHORIZED");
    expect((await failure(as(null).tenant.create({ name: "Nope", slug: "nope" }))).code).toBe("UNAUTHORIZED");
  });

  it("a destroyed CRM database leaves the list", async () => {
    const gone = await as(outsider).tenant.create({ name: "Gone", slug: "gone" });
    expect((await as(outsider).tenant.mine()).map((r) => r.slug)).toEqual(["gone"]);
    await t.db.update(schema.tenant).set({ status: "destroyed" }).where(eq(schema.tenant.id, gone.id));
    expect(await as(outsider).tenant.mine()).toEqual([]);
    expect((await failure(as(outsider).tenant.get({ tenant: "gone" }))).code).toBe("NOT_FOUND");
  });
});

describe("tenant.get and tenant.rename by role", () => {
  it("P8 every member sees the tenant with their own role; a non-member gets the same NOT_FOUND as a missing tenant", async () => {
    expect((await as(ada).tenant.get({ tenant: "acme" })).role).toBe("owner");
    expect((await as(dave).tenant.get({ tenant: "acme" })).role).toBe("owner");
    expect((await as(bob).tenant.get({ tenant: "acme" })).role).toBe("admin");
    const member = await as(carol).tenant.get({ tenant: "acme" });
    expect(member).toEqual({
      id: acmeId,
      slug: "acme",
      name: expect.any(String),
      status: "trial",
      trialEndsAt: new Date(clock.getTime() + TRIAL_DAYS * DAY),
      role: "member",
      memberCount: 4,
    });
    const notMember = await failure(as(outsider).tenant.get({ tenant: "acme" }));
    const missing = await failure(as(outsider).tenant.get({ tenant: "no-such-tenant" }));
    expect(notMember.code).toBe("NOT_FOUND");
    expect(missing).toMatchObject({ code: "NOT_FOUND", message: notMember.message });
  });

  it("P19 admins and owners rename the tenant; a member is refused and a non-member gets NOT_FOUND", async () => {
    expect((await failure(as(carol).tenant.rename({ tenant: "acme", name: "Members Inc" }))).code).toBe("FORBIDDEN");
    expect((await failure(as(outsider).tenant.rename({ tenant: "acme", name: "Outsiders Inc" }))).code).toBe(
      "NOT_FOUND",
    );
    expect((await as(ada).tenant.get({ tenant: "acme" })).name).toBe("Acme Ltd");

    expect(await as(bob).tenant.rename({ tenant: "acme", name: "  Acme Group " })).toMatchObject({
      name: "Acme Group",
      role: "admin",
      memberCount: 4,
    });
    expect((await as(ada).tenant.rename({ tenant: "acme", name: "Acme Holdings" })).name).toBe("Acme Holdings");
    expect((await as(carol).tenant.mine())[0]?.name).toBe("Acme Holdings");

    const tooShort = await failure(as(ada).tenant.rename({ tenant: "acme", name: "x" }));
    expect(tooShort.code).toBe("BAD_REQUEST");
  });
});

describe("the trial length", () => {
  it("follows the server's TRIAL_DAYS setting, handed to the context", async () => {
    const caller = createCaller(
      createContext({
        db: t.db,
        session: { sessionId: "s", accountId: ada, staffRole: null },
        now: () => clock,
        trialDays: 30,
      }),
    );
    const longer = await caller.tenant.create({ name: "Long Trial", slug: "long-trial" });
    expect(longer.trialEndsAt).toEqual(new Date(clock.getTime() + 30 * DAY));
  });
});
