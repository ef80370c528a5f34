import { schema, seedTenant, withTenant } from "@abante/db";
import { createTestDb, type TestDb } from "@abante/db/testing";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { sql } from "drizzle-orm";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { type Context, createContext, type SessionInfo } from "./context";
import { ConflictError, ValidationError } from "./errors";
import {
  authedProcedure,
  createCallerFactory,
  createTRPCRouter,
  publicProcedure,
  staffProcedure,
  tenantAdminProcedure,
  tenantProcedure,
} from "./trpc";

// A router made only of the builders, to prove the authorization they carry before real routers use them.
const testRouter = createTRPCRouter({
  whoami: authedProcedure.query(({ ctx }) => ctx.session.accountId),
  contacts: tenantProcedure.query(({ ctx }) => ctx.withTenant((tx) => tx.select().from(schema.contact))),
  hasDb: tenantProcedure.query(({ ctx }) => (ctx as unknown as { db?: unknown }).db === undefined),
  adminOnly: tenantAdminProcedure.mutation(({ ctx }) => ctx.tenant.role),
  staffOnly: staffProcedure("privacy").query(({ ctx }) => ctx.staffRole),
  rawSqlFailure: publicProcedure.query(({ ctx }) => ctx.db.execute(sql`select * from no_such_table_secret`)),
  conflict: publicProcedure.mutation(() => {
    throw new ConflictError("That slug is taken.", { slug: ["That slug is taken."] });
  }),
  validated: publicProcedure
    .input(
      z.object({
        email: z.email("Enter a valid email address."),
        age: z.number().int().min(18, "Must be 18 or older."),
      }),
    )
    .mutation(({ input }) => input.email),
  invalid: publicProcedure.mutation(() => {
    throw new ValidationError("Check the highlighted fields.", { name: ["Too short."] });
  }),
});
const createCaller = createCallerFactory(testRouter);

let t: TestDb;
let a: Awaited<ReturnType<typeof seedTenant>>;
let b: Awaited<ReturnType<typeof seedTenant>>;
let memberId: string;
const logged: object[] = [];

function ctxFor(session: Partial<SessionInfo> | null): Context {
  return createContext({
    db: t.db,
    session: session ? { sessionId: "s", accountId: "", staffRole: null, ...session } : null,
    log: { error: (o) => logged.push(o), warn() {}, info() {} },
  });
}

beforeAll(async () => {
  t = await createTestDb();
  a = await seedTenant(t.db, "alpha", 2);
  b = await seedTenant(t.db, "beta", 1);
  const [m] = await t.db.insert(schema.account).values({ email: "member@alpha.example", name: "Member" }).returning();
  memberId = m!.id;
  await withTenant(t.db, a.tenantId, (tx) =>
    tx.insert(schema.membership).values({ tenantId: a.tenantId, accountId: memberId, role: "member" }),
  );
});
afterAll(() => t?.close());

describe("procedure builders", () => {
  it("authed procedures refuse a request without a session", async () => {
    await expect(createCaller(ctxFor(null)).whoami()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect(await createCaller(ctxFor({ accountId: a.ownerId })).whoami()).toBe(a.ownerId);
  });

  it("P8 a member reaches their tenant's rows, and only through the tenant handle", async () => {
    const caller = createCaller(ctxFor({ accountId: memberId }));
    const rows = await caller.contacts({ tenant: "alpha" });
    expect(rows.map((r) => r.id).sort()).toEqual([...a.contactIds].sort());
    expect(await caller.hasDb({ tenant: "alpha" })).toBe(true);
  });

  it("P8 a non-member gets the same NOT_FOUND as for a tenant that does not exist", async () => {
    const caller = createCaller(ctxFor({ accountId: memberId }));
    const notMember = await caller.contacts({ tenant: "beta" }).catch((e) => e);
    const missing = await caller.contacts({ tenant: "gamma" }).catch((e) => e);
    expect(notMember).toMatchObject({ code: "NOT_FOUND" });
    expect(missing).toMatchObject({ code: "NOT_FOUND", message: notMember.message });
    expect(b.contactIds).toHaveLength(1);
  });

  it("P19 role checks: a member cannot use admin procedures, the owner can", async () => {
    await expect(createCaller(ctxFor({ accountId: memberId })).adminOnly({ tenant: "alpha" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await createCaller(ctxFor({ accountId: a.ownerId })).adminOnly({ tenant: "alpha" })).toBe("owner");
  });

  it("staff procedures accept the named role and staff admins, and refuse others", async () => {
    await expect(createCaller(ctxFor({ accountId: memberId })).staffOnly()).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(createCaller(ctxFor({ accountId: memberId, staffRole: "support" })).staffOnly()).rejects.toMatchObject(
      {
        code: "FORBIDDEN",
      },
    );
    expect(await createCaller(ctxFor({ accountId: memberId, staffRole: "privacy" })).staffOnly()).toBe("privacy");
    expect(await createCaller(ctxFor({ accountId: memberId, staffRole: "admin" })).staffOnly()).toBe("admin");
  });
});

describe("error mapping", () => {
  it("an unexpected database error reaches the client as an opaque 500, and is logged", async () => {
    logged.length = 0;
    const err = await createCaller(ctxFor(null))
      .rawSqlFailure()
      .then(
        () => new Error("resolved"),
        (e: Error) => e,
      );
    expect(err).toMatchObject({ code: "INTERNAL_SERVER_ERROR", message: "Something went wrong on our side." });
    expect(JSON.stringify({ message: err.message })).not.toContain("no_such_table_secret");
    expect(logged).toHaveLength(1);
  });

  async function overHttp(path: string, body: unknown) {
    const res = await fetchRequestHandler({
      endpoint: "/trpc",
      router: testRouter,
      req: new Request(`http://localhost/trpc/${path}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(superjson.serialize(body)),
      }),
      createContext: () => ctxFor(null),
    });
    const raw = (await res.json()) as { error: Parameters<typeof superjson.deserialize>[0] };
    const error = superjson.deserialize(raw.error) as { message: string; data: Record<string, unknown> };
    return { status: res.status, body: { error } };
  }

  it("zod errors come back as field-level messages with a 400, without a stack", async () => {
    const { status, body } = await overHttp("validated", { email: "nope", age: 12 });
    expect(status).toBe(400);
    expect(body.error.message).toBe("Some fields are not valid.");
    expect(body.error.data.fieldErrors).toEqual({
      email: ["Enter a valid email address."],
      age: ["Must be 18 or older."],
    });
    expect(body.error.data).not.toHaveProperty("stack");
  });

  it("service errors keep their code, message and field errors", async () => {
    const conflict = await overHttp("conflict", undefined);
    expect(conflict.status).toBe(409);
    expect(conflict.body.error.data.fieldErrors).toEqual({ slug: ["That slug is taken."] });
    const invalid = await overHttp("invalid", undefined);
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.message).toBe("Check the highlighted fields.");
  });

  it("the 500 response body carries no SQL text", async () => {
    const res = await fetchRequestHandler({
      endpoint: "/trpc",
      router: testRouter,
      req: new Request("http://localhost/trpc/rawSqlFailure"),
      createContext: () => ctxFor(null),
    });
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toMatch(/no_such_table_secret|select|Failed query|at .*\.ts/);
  });
});
