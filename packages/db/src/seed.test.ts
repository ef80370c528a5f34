import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { account, contact, tenant } from "./schema";
import { DEMO, seedDemo } from "./seed";
import { withTenant } from "./tenant";
import { createTestDb, type TestDb } from "./testing";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t?.close());

describe("demo seed", () => {
  it("creates the demo account, tenant and contacts, and is idempotent", async () => {
    const first = await seedDemo(t.db, { contacts: 25 });
    expect(first.contactsCreated).toBe(25);
    const again = await seedDemo(t.db, { contacts: 25 });
    expect(again).toEqual({ ...first, contactsCreated: 0 });
    expect(await t.db.$count(account)).toBe(1);
    expect(await t.db.$count(tenant)).toBe(1);
    const rows = await withTenant(t.db, first.tenantId, (tx) => tx.select().from(contact));
    expect(rows).toHaveLength(25);
    expect(new Set(rows.map((r) => r.email)).size).toBeGreaterThan(20);
    expect(rows.every((r) => r.firstName.length > 0 && r.email?.endsWith("@example.com"))).toBe(true);
  });

  it("tops up to a larger number of contacts", async () => {
    const r = await seedDemo(t.db, { contacts: 40 });
    expect(r.contactsCreated).toBe(15);
    const [row] = await t.db.select().from(account);
    expect(row?.email).toBe(DEMO.email);
  });
});
