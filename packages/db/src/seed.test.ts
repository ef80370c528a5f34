import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contactSearchText, refreshCompanySearchText, refreshContactSearchText } from "./queries";
import { account, activity, company, contact, deal, employee, membership, pipelineStage, tenant } from "./schema";
import { BENCH, DEFAULT_STAGES, DEMO, seedBench, seedDemo } from "./seed";
import { rows } from "./sql";
import { type TenantTx, withTenant } from "./tenant";
import { createTestDb, type TestDb } from "./testing";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t?.close());

const now = new Date("2026-03-01T12:00:00Z");

/** Rows whose stored search text the API's own refresh (after an edit) would change: none, when both agree. */
async function searchTextMismatches(tx: TenantTx, tenantId: string) {
  const contactIds = (await tx.select({ id: contact.id }).from(contact)).map((r) => r.id);
  const companyIds = (await tx.select({ id: company.id }).from(company)).map((r) => r.id);
  return {
    contacts: await refreshContactSearchText(tx, { tenantId, ids: contactIds }),
    companies: await refreshCompanySearchText(tx, tenantId, companyIds),
  };
}

async function tableCounts(tenantId: string) {
  return withTenant(t.db, tenantId, async (tx) => ({
    stages: await tx.$count(pipelineStage),
    companies: await tx.$count(company),
    contacts: await tx.$count(contact),
    deals: await tx.$count(deal),
    activities: await tx.$count(activity),
    employees: await tx.$count(employee),
    members: await tx.$count(membership),
  }));
}

describe("demo seed", () => {
  it("creates both demo logins, the demo tenant and every kind of demo record, and a second run adds nothing", async () => {
    const sizes = { contacts: 30, companies: 8, deals: 12, activities: 40, employees: 6 };
    const first = await seedDemo(t.db, { ...sizes, now, passwordHash: "hash" });
    expect(first.contactsCreated).toBe(30);
    expect(first.created).toEqual({ stages: 6, ...sizes });
    const counts = await tableCounts(first.tenantId);
    expect(counts).toEqual({ stages: 6, ...sizes, members: 2 });

    const again = await seedDemo(t.db, { ...sizes, now, passwordHash: "hash" });
    expect(again).toEqual({
      ...first,
      contactsCreated: 0,
      created: { stages: 0, companies: 0, contacts: 0, deals: 0, activities: 0, employees: 0 },
    });
    expect(await tableCounts(first.tenantId)).toEqual(counts);
    expect(await t.db.$count(account)).toBe(2);
    expect(await t.db.$count(tenant)).toBe(1);
  });

  it("gives the demo logins their roles and the default pipeline", async () => {
    const r = await seedDemo(t.db, { contacts: 30, companies: 8, deals: 12, activities: 40, employees: 6, now });
    const [member] = await t.db.select().from(account).where(sql`${account.email} = ${DEMO.memberEmail}`);
    expect(member?.passwordHash).toBe("hash");
    await withTenant(t.db, r.tenantId, async (tx) => {
      const roles = await tx.select({ accountId: membership.accountId, role: membership.role }).from(membership);
      expect(new Map(roles.map((m) => [m.accountId, m.role]))).toEqual(
        new Map([
          [r.accountId, "owner"],
          [r.memberAccountId, "member"],
        ]),
      );
      const stages = await tx.select().from(pipelineStage).orderBy(pipelineStage.position);
      expect(stages.map((s) => [s.name, s.probability, s.kind])).toEqual(
        DEFAULT_STAGES.map((s) => [s.name, s.probability, s.kind]),
      );
    });
  });

  it("generates linked, valid records whose search text is the one the application computes", async () => {
    const r = await seedDemo(t.db, { contacts: 30, companies: 8, deals: 12, activities: 40, employees: 6, now });
    await withTenant(t.db, r.tenantId, async (tx) => {
      const companies = new Map((await tx.select().from(company)).map((c) => [c.id, c]));
      const contacts = await tx.select().from(contact);
      // Unique by lower(email), all under reserved example domains.
      expect(new Set(contacts.map((c) => c.email?.toLowerCase())).size).toBe(contacts.length);
      expect(contacts.every((c) => /@([a-z0-9-]+\.example|example\.com)$/.test(c.email ?? ""))).toBe(true);
      expect(contacts.filter((c) => c.companyId).length).toBeGreaterThan(contacts.length / 2);
      expect(contacts.some((c) => c.extraEmails.length > 0) && contacts.some((c) => c.extraPhones.length > 0)).toBe(
        true,
      );
      for (const c of contacts) {
        const companyName = c.companyId ? companies.get(c.companyId)?.name : null;
        expect(c.searchText).toBe(contactSearchText({ ...c, companyName }));
        expect(c.searchText).toContain(c.lastName.toLowerCase());
      }
      for (const c of companies.values()) expect(c.domain).toMatch(/^([a-z0-9-]+\.)+example$/);
      expect(await searchTextMismatches(tx, r.tenantId)).toEqual({ contacts: 0, companies: 0 });
      const deals = await tx.select().from(deal);
      const stageKind = new Map((await tx.select().from(pipelineStage)).map((s) => [s.id, s.kind]));
      expect(deals.every((d) => d.status === stageKind.get(d.stageId))).toBe(true);
      expect(deals.filter((d) => d.status === "lost").every((d) => d.lostReason && d.closedAt)).toBe(true);
      expect(deals.filter((d) => d.status === "open").every((d) => !d.closedAt && !d.lostReason)).toBe(true);
      const activities = await tx.select().from(activity);
      const sixMonthsAgo = now.getTime() - 183 * 24 * 3600 * 1000;
      expect(activities.every((a) => a.occurredAt.getTime() <= now.getTime())).toBe(true);
      expect(activities.every((a) => a.occurredAt.getTime() >= sixMonthsAgo)).toBe(true);
      expect(activities.every((a) => a.contactId)).toBe(true);
      expect(new Set(activities.map((a) => a.kind)).size).toBeGreaterThan(2);
      const employees = await tx.select().from(employee);
      expect(employees.filter((e) => e.accountId).map((e) => e.accountId)).toEqual([r.accountId, r.memberAccountId]);
    });
  });

  it("tops up each table to a larger size", async () => {
    const r = await seedDemo(t.db, { contacts: 45, companies: 10, deals: 12, activities: 50, employees: 6, now });
    expect(r.created).toEqual({ stages: 0, companies: 2, contacts: 15, deals: 0, activities: 10, employees: 0 });
    expect(await tableCounts(r.tenantId)).toMatchObject({ contacts: 45, companies: 10, activities: 50 });
  });
});

describe("benchmark tenant seed", () => {
  it("bulk-loads a separate tenant owned by the demo account, and tops it up without duplicates", async () => {
    const progress: number[] = [];
    const first = await seedBench(t.db, {
      contacts: 1_250,
      now,
      batchSize: 200,
      rowsPerTransaction: 600,
      onProgress: (p) => p.table === "contact" && progress.push(p.done),
    });
    expect(first).toMatchObject({ companiesCreated: 13, contactsCreated: 1_250, contacts: 1_250 });
    expect(progress.at(-1)).toBe(1_250);
    const [demoOwner] = await t.db.select().from(account).where(sql`${account.email} = ${DEMO.email}`);
    expect(first.accountId).toBe(demoOwner?.id);
    const [bench] = await t.db.select().from(tenant).where(sql`${tenant.slug} = ${BENCH.tenantSlug}`);
    expect(bench?.id).toBe(first.tenantId);

    const again = await seedBench(t.db, { contacts: 1_250, now });
    expect(again).toMatchObject({ companiesCreated: 0, contactsCreated: 0, contacts: 1_250 });
    const more = await seedBench(t.db, { contacts: 1_400, now, batchSize: 100 });
    expect(more).toMatchObject({ companiesCreated: 1, contactsCreated: 150, contacts: 1_400 });

    await withTenant(t.db, first.tenantId, async (tx) => {
      const [r] = await rows<{ n: number; emails: number; bad: number }>(
        tx,
        sql`select count(*)::int as n, count(distinct lower(email))::int as emails,
          count(*) filter (where search_text <> lower(search_text) or search_text not like '%' || lower(last_name) || '%')::int as bad
          from contact`,
      );
      expect(r).toEqual({ n: 1_400, emails: 1_400, bad: 0 });
      expect(await tx.$count(company)).toBe(14);
      expect(await searchTextMismatches(tx, first.tenantId)).toEqual({ contacts: 0, companies: 0 });
    });
    // Deleted contacts free their row numbers: a top-up skips the numbers still taken and refills the gap.
    await withTenant(t.db, first.tenantId, (tx) =>
      tx.execute(sql`delete from contact where id in (select id from contact order by id desc limit 5)`),
    );
    const refill = await seedBench(t.db, { contacts: 1_400, now, batchSize: 3 });
    expect(refill).toMatchObject({ contactsCreated: 5, contacts: 1_400 });
    expect(await withTenant(t.db, first.tenantId, (tx) => tx.$count(contact))).toBe(1_400);

    // The demo tenant is untouched by the benchmark tenant.
    const [demo] = await t.db.select().from(tenant).where(sql`${tenant.slug} = ${DEMO.tenantSlug}`);
    expect((await tableCounts(demo!.id)).contacts).toBe(45);
  });
});
