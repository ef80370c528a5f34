import { schema, withTenant } from "@abante/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { crmKit, type Kit, rejection, type TenantFixture, walkPages } from "../services/crm/test-kit";

let kit: Kit;
let acme: TenantFixture;
let other: TenantFixture;
let outsider: string;

beforeAll(async () => {
  kit = await crmKit();
  acme = await kit.tenant("acme");
  other = await kit.tenant("other");
  outsider = await kit.account("outsider");
});
afterAll(() => kit?.close());

describe("P8 companies: create, read, update, delete", () => {
  it("a member creates a company; get adds its owner and counts of contacts and open deals", async () => {
    const api = kit.as(acme.memberId);
    const co = await api.company.create({
      tenant: "acme",
      name: "Analytical Engines",
      domain: "engines.example",
      phone: "+44 20 7946 0001",
      address: "12 Marylebone Road, London",
      industry: "Machinery",
      ownerAccountId: acme.memberId,
      tags: ["Partner"],
      notes: "Since 1843.",
    });
    expect(co).toMatchObject({
      name: "Analytical Engines",
      domain: "engines.example",
      phone: "+44 20 7946 0001",
      address: "12 Marylebone Road, London",
      industry: "Machinery",
      owner: { id: acme.memberId, name: "member of acme" },
      tags: ["partner"],
      notes: "Since 1843.",
      contactCount: 0,
      openDealCount: 0,
    });
    await api.contact.create({ tenant: "acme", firstName: "Ada", companyId: co.id });
    await api.contact.create({ tenant: "acme", firstName: "Charles", companyId: co.id });
    const stage = await kit.as(acme.adminId).stage.create({ tenant: "acme", name: "Lead" });
    const won = await kit.as(acme.adminId).stage.create({ tenant: "acme", name: "Won", kind: "won" });
    await api.deal.create({ tenant: "acme", title: "Engine #1", stageId: stage.id, companyId: co.id });
    await api.deal.create({ tenant: "acme", title: "Engine #0", stageId: won.id, companyId: co.id });
    expect(await api.company.get({ tenant: "acme", id: co.id })).toMatchObject({ contactCount: 2, openDealCount: 1 });
  });

  it("an update changes only the fields it names, and a cleared field becomes null", async () => {
    const api = kit.as(acme.memberId);
    const co = await api.company.create({
      tenant: "acme",
      name: "Keep Tags Ltd",
      tags: ["a", "b"],
      industry: "Retail",
    });
    const renamed = await api.company.update({ tenant: "acme", id: co.id, name: "Kept Tags Ltd" });
    expect(renamed).toMatchObject({ name: "Kept Tags Ltd", tags: ["a", "b"], industry: "Retail" });
    const cleared = await api.company.update({ tenant: "acme", id: co.id, industry: "", domain: null });
    expect(cleared).toMatchObject({ industry: null, domain: null, tags: ["a", "b"] });
  });

  it("deleting a company keeps its contacts and deals, without the link", async () => {
    const api = kit.as(acme.memberId);
    const co = await api.company.create({ tenant: "acme", name: "Gone Soon" });
    const c = await api.contact.create({ tenant: "acme", firstName: "Stays", companyId: co.id });
    expect(await api.company.delete({ tenant: "acme", id: co.id })).toEqual({ id: co.id });
    expect((await rejection(api.company.get({ tenant: "acme", id: co.id }))).code).toBe("NOT_FOUND");
    expect((await api.contact.get({ tenant: "acme", id: c.id })).company).toBeNull();
    expect((await rejection(api.company.update({ tenant: "acme", id: co.id, name: "x" }))).code).toBe("NOT_FOUND");
  });
});

describe("company validation and permissions", () => {
  it("bad fields are field errors", async () => {
    const err = await rejection(
      kit.as(acme.memberId).company.create({ tenant: "acme", name: " ", domain: "not a domain", phone: "x" }),
    );
    expect(err.code).toBe("BAD_REQUEST");
    expect(Object.keys(err.fieldErrors ?? {})).toEqual(expect.arrayContaining(["name", "domain", "phone"]));
  });

  it("the owner must be a member of this tenant", async () => {
    for (const owner of [outsider, other.ownerId]) {
      const err = await rejection(
        kit.as(acme.memberId).company.create({ tenant: "acme", name: "Owned", ownerAccountId: owner }),
      );
      expect(err.code).toBe("BAD_REQUEST");
      expect(err.fieldErrors).toEqual({ ownerAccountId: ["Choose a member of this CRM database."] });
    }
  });

  it("P8 a non-member gets NOT_FOUND", async () => {
    const co = await kit.as(acme.memberId).company.create({ tenant: "acme", name: "Secret Co" });
    const api = kit.as(outsider);
    for (const call of [
      () => api.company.list({ tenant: "acme" }),
      () => api.company.get({ tenant: "acme", id: co.id }),
      () => api.company.create({ tenant: "acme", name: "x" }),
      () => api.company.update({ tenant: "acme", id: co.id, name: "x" }),
      () => api.company.delete({ tenant: "acme", id: co.id }),
    ]) {
      expect((await rejection(call())).code).toBe("NOT_FOUND");
    }
  });

  it("P19 an admin changes and deletes a company a member entered", async () => {
    const co = await kit.as(acme.memberId).company.create({ tenant: "acme", name: "Member's", phone: "+1 555 0102" });
    const admin = kit.as(acme.adminId);
    expect(await admin.company.update({ tenant: "acme", id: co.id, phone: null, notes: "checked" })).toMatchObject({
      phone: null,
      notes: "checked",
    });
    await admin.company.delete({ tenant: "acme", id: co.id });
    const left = await withTenant(kit.t.db, acme.tenantId, (tx) =>
      tx.select().from(schema.company).where(eq(schema.company.id, co.id)),
    );
    expect(left).toEqual([]);
  });
});

describe("company list", () => {
  let t: TenantFixture;
  const ids: string[] = [];

  beforeAll(async () => {
    t = await kit.tenant("company-list");
    const api = kit.as(t.memberId);
    for (const c of [
      { name: "Umbrella Corp", domain: "umbrella.example", tags: ["bio"] },
      { name: "Acme Rockets", phone: "+1 (555) 123-4567", ownerAccountId: t.adminId },
      { name: "Initech", domain: "initech.example" },
    ]) {
      ids.push((await api.company.create({ tenant: "company-list", ...c })).id);
    }
    await withTenant(kit.t.db, t.tenantId, async (tx) => {
      const rows = await tx
        .insert(schema.company)
        .values(
          Array.from({ length: 17 }, () => ({ tenantId: t.tenantId, name: "Same Name", searchText: "same name" })),
        )
        .returning({ id: schema.company.id });
      ids.push(...rows.map((r) => r.id));
    });
  });

  const list = (extra: Record<string, unknown> = {}) =>
    kit.as(t.memberId).company.list({ tenant: "company-list", ...extra });

  it("keyset pages walk every company once, in both sorts and directions, ties included", async () => {
    for (const sort of ["name", "createdAt"] as const) {
      for (const direction of ["asc", "desc"] as const) {
        const walked = await walkPages((cursor, limit) => list({ sort, direction, cursor, limit }), 3);
        expect(walked.map((c) => c.id).sort()).toEqual([...ids].sort());
      }
    }
    expect((await list({ limit: 3 })).items.map((c) => c.name)).toEqual(["Acme Rockets", "Initech", "Same Name"]);
  });

  it("search finds by partial name, domain and phone; filters by owner and tag", async () => {
    const names = async (extra: Record<string, unknown>) => (await list(extra)).items.map((c) => c.name);
    expect(await names({ search: "umbrel" })).toEqual(["Umbrella Corp"]);
    expect(await names({ search: "initech.ex" })).toEqual(["Initech"]);
    expect(await names({ search: "5551234567" })).toEqual(["Acme Rockets"]);
    expect(await names({ search: "(555) 123" })).toEqual(["Acme Rockets"]);
    expect(await names({ ownerAccountId: t.adminId })).toEqual(["Acme Rockets"]);
    expect(await names({ tag: "bio" })).toEqual(["Umbrella Corp"]);
  });

  it("list items carry the list columns", async () => {
    const { items } = await list({ search: "umbrella" });
    expect(Object.keys(items[0]!).sort()).toEqual(
      ["createdAt", "domain", "id", "industry", "name", "ownerAccountId", "phone", "tags"].sort(),
    );
  });
});
