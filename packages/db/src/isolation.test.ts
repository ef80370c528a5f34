import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contact, membership } from "./schema";
import { rows } from "./sql";
import { InvalidTenantIdError, withAccount, withTenant } from "./tenant";
import { seedTenant } from "./test-fixtures";
import { createTestDb, type TestDb } from "./testing";

let t: TestDb;
let a: Awaited<ReturnType<typeof seedTenant>>;
let b: Awaited<ReturnType<typeof seedTenant>>;

beforeAll(async () => {
  t = await createTestDb();
  a = await seedTenant(t.db, "tenant-a", 3);
  b = await seedTenant(t.db, "tenant-b", 2);
});
afterAll(() => t?.close());

/** The failure an RLS WITH CHECK raises; Drizzle wraps it, the Postgres error is in `cause`. */
function pgCode(err: unknown): string | undefined {
  const e = err as { code?: string; cause?: { code?: string } };
  return e.cause?.code ?? e.code;
}

describe("P23 tenant isolation is enforced by the database", () => {
  it("queries run as a role that is neither superuser nor exempt from RLS", async () => {
    const [who] = await rows<{ super: boolean; bypass: boolean; name: string }>(
      t.db,
      sql`select rolname as name, rolsuper as super, rolbypassrls as bypass from pg_roles where rolname = current_user`,
    );
    expect(who).toEqual({ name: "abante_app", super: false, bypass: false });
  });

  it("inside tenant A, only A's contacts exist — even when asking for B's by id", async () => {
    await withTenant(t.db, a.tenantId, async (tx) => {
      const all = await tx.select().from(contact);
      expect(all.map((c) => c.id).sort()).toEqual([...a.contactIds].sort());
      const bRows = await tx.select().from(contact).where(eq(contact.tenantId, b.tenantId));
      expect(bRows).toEqual([]);
      const byId = await tx.select().from(contact).where(eq(contact.id, b.contactIds[0]!));
      expect(byId).toEqual([]);
    });
  });

  it("updates and deletes of B's rows from A affect 0 rows and leave B's data intact", async () => {
    await withTenant(t.db, a.tenantId, async (tx) => {
      const updated = await tx
        .update(contact)
        .set({ firstName: "hijacked" })
        .where(eq(contact.tenantId, b.tenantId))
        .returning();
      expect(updated).toHaveLength(0);
      const deleted = await tx.delete(contact).where(eq(contact.id, b.contactIds[1]!)).returning();
      expect(deleted).toHaveLength(0);
      const raw = await rows<{ n: number }>(
        tx,
        sql`delete from contact where tenant_id = ${b.tenantId} returning 1 as n`,
      );
      expect(raw).toHaveLength(0);
    });
    const bRows = await withTenant(t.db, b.tenantId, (tx) => tx.select().from(contact));
    expect(bRows).toHaveLength(2);
    expect(bRows.every((c) => c.firstName.startsWith("tenant-b-"))).toBe(true);
  });

  it("inserting a row with B's tenant_id inside A's transaction fails", async () => {
    const attempt = withTenant(t.db, a.tenantId, (tx) =>
      tx.insert(contact).values({ tenantId: b.tenantId, firstName: "smuggled" }),
    );
    await expect(attempt).rejects.toSatisfy((err) => pgCode(err) === "42501");
    const bRows = await withTenant(t.db, b.tenantId, (tx) => tx.select().from(contact));
    expect(bRows.map((c) => c.firstName)).not.toContain("smuggled");
  });

  it("moving one of A's rows to tenant B fails", async () => {
    const attempt = withTenant(t.db, a.tenantId, (tx) =>
      tx.update(contact).set({ tenantId: b.tenantId }).where(eq(contact.id, a.contactIds[0]!)),
    );
    await expect(attempt).rejects.toSatisfy((err) => pgCode(err) === "42501");
  });

  it("a query with no tenant context sees no tenant rows, and no context survives a tenant transaction", async () => {
    await withTenant(t.db, a.tenantId, (tx) => tx.select().from(contact));
    // Several queries so that, on a connection pool, the connections used by the tenant transactions are reused.
    for (let i = 0; i < 6; i++) {
      const [c] = await rows<{ n: number }>(t.db, sql`select count(*)::int as n from contact`);
      const [m] = await rows<{ n: number }>(t.db, sql`select count(*)::int as n from membership`);
      expect(c?.n).toBe(0);
      expect(m?.n).toBe(0);
    }
    await expect(t.db.insert(contact).values({ tenantId: a.tenantId, firstName: "nobody" })).rejects.toSatisfy(
      (err) => pgCode(err) === "42501",
    );
  });

  it("an account context sees that account's memberships in every tenant and nothing else", async () => {
    const mine = await withAccount(t.db, a.ownerId, (tx) => tx.select().from(membership));
    expect(mine.map((m) => m.tenantId)).toEqual([a.tenantId]);
    const contacts = await withAccount(t.db, a.ownerId, (tx) => tx.select().from(contact));
    expect(contacts).toEqual([]);
    // The account policy is read-only: it cannot add a membership to another tenant.
    await expect(
      withAccount(t.db, a.ownerId, (tx) =>
        tx.insert(membership).values({ tenantId: b.tenantId, accountId: a.ownerId }),
      ),
    ).rejects.toSatisfy((err) => pgCode(err) === "42501");
  });

  it("a nested tenant scope inside another transaction restores the outer context", async () => {
    await t.db.transaction(async (outer) => {
      const inner = await withTenant(outer, b.tenantId, (tx) => tx.select().from(contact));
      expect(inner).toHaveLength(2);
      const [after] = await rows<{ n: number }>(outer, sql`select count(*)::int as n from contact`);
      expect(after?.n).toBe(0);
    });
  });

  it("rejects a tenant id that is not a UUID before touching the database", async () => {
    await expect(withTenant(t.db, "' or 1=1 --", async () => 1)).rejects.toBeInstanceOf(InvalidTenantIdError);
  });
});
