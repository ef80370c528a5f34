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

const searchTextOf = async (id: string) => {
  const [row] = await withTenant(kit.t.db, acme.tenantId, (tx) =>
    tx.select({ s: schema.contact.searchText }).from(schema.contact).where(eq(schema.contact.id, id)),
  );
  return row?.s;
};

describe("P8 contacts: create, read, update, delete", () => {
  it("a member creates a contact and reads back the full record", async () => {
    const api = kit.as(acme.memberId);
    const company = await api.company.create({ tenant: "acme", name: "Analytical Engines" });
    const created = await api.contact.create({
      tenant: "acme",
      firstName: " Ada ",
      lastName: "Lovelace",
      email: "ada@engines.example",
      phone: "+44 20 7946 0000",
      extraEmails: ["countess@lovelace.example"],
      extraPhones: ["+44 7700 900123"],
      jobTitle: "Analyst",
      companyId: company.id,
      ownerAccountId: acme.adminId,
      tags: ["VIP", "vip", "math"],
      notes: "Wrote the first program.",
      marketingConsent: true,
    });
    expect(created).toMatchObject({
      firstName: "Ada",
      lastName: "Lovelace",
      email: "ada@engines.example",
      extraEmails: ["countess@lovelace.example"],
      extraPhones: ["+44 7700 900123"],
      company: { id: company.id, name: "Analytical Engines" },
      owner: { id: acme.adminId, name: "admin of acme" },
      ownerAccountId: acme.adminId,
      tags: ["vip", "math"],
      notes: "Wrote the first program.",
      marketingConsent: true,
    });
    expect(created.marketingConsentAt).toBeInstanceOf(Date);
    expect(await api.contact.get({ tenant: "acme", id: created.id })).toEqual(created);
    const text = await searchTextOf(created.id);
    expect(text).toContain("ada lovelace ada@engines.example");
    expect(text).toContain("442079460000");
    expect(text).toContain("analytical engines");
  });

  it("an update changes only the fields it names", async () => {
    const api = kit.as(acme.memberId);
    const c = await api.contact.create({
      tenant: "acme",
      firstName: "Grace",
      lastName: "Hopper",
      tags: ["navy"],
      extraEmails: ["grace@navy.example"],
      marketingConsent: true,
    });
    const updated = await api.contact.update({ tenant: "acme", id: c.id, jobTitle: "Rear Admiral" });
    expect(updated).toMatchObject({
      jobTitle: "Rear Admiral",
      lastName: "Hopper",
      tags: ["navy"],
      extraEmails: ["grace@navy.example"],
      marketingConsent: true,
      marketingConsentAt: c.marketingConsentAt,
    });
    const cleared = await api.contact.update({ tenant: "acme", id: c.id, jobTitle: "", tags: [] });
    expect(cleared).toMatchObject({ jobTitle: null, tags: [], lastName: "Hopper" });
  });

  it("withdrawing marketing consent clears its time; giving it again records a new one", async () => {
    let now = new Date("2026-01-01T10:00:00Z");
    const api = kit.as(acme.memberId, () => now);
    const c = await api.contact.create({ tenant: "acme", firstName: "Consent", marketingConsent: true });
    expect(c.marketingConsentAt).toEqual(now);
    now = new Date("2026-02-01T10:00:00Z");
    expect(await api.contact.update({ tenant: "acme", id: c.id, marketingConsent: true })).toMatchObject({
      marketingConsentAt: new Date("2026-01-01T10:00:00Z"),
    });
    expect(await api.contact.update({ tenant: "acme", id: c.id, marketingConsent: false })).toMatchObject({
      marketingConsent: false,
      marketingConsentAt: null,
    });
    expect(await api.contact.update({ tenant: "acme", id: c.id, marketingConsent: true })).toMatchObject({
      marketingConsentAt: now,
    });
  });

  it("a member deletes a contact; it is gone, with its activities", async () => {
    const api = kit.as(acme.memberId);
    const c = await api.contact.create({ tenant: "acme", firstName: "Short-lived" });
    await api.activity.create({
      tenant: "acme",
      kind: "note",
      subject: "hello",
      occurredAt: new Date(),
      contactId: c.id,
    });
    expect(await api.contact.delete({ tenant: "acme", id: c.id })).toEqual({ id: c.id });
    expect((await rejection(api.contact.get({ tenant: "acme", id: c.id }))).code).toBe("NOT_FOUND");
    expect((await rejection(api.contact.delete({ tenant: "acme", id: c.id }))).code).toBe("NOT_FOUND");
    const left = await withTenant(kit.t.db, acme.tenantId, (tx) =>
      tx.select().from(schema.activity).where(eq(schema.activity.contactId, c.id)),
    );
    expect(left).toEqual([]);
  });

  it("the contact's company name follows a company rename and leaves with a company delete", async () => {
    const api = kit.as(acme.memberId);
    const co = await api.company.create({ tenant: "acme", name: "Difference Engines" });
    const c = await api.contact.create({ tenant: "acme", firstName: "Charles", companyId: co.id });
    await api.company.update({ tenant: "acme", id: co.id, name: "Babbage & Sons" });
    expect(await searchTextOf(c.id)).toContain("babbage & sons");
    expect((await api.contact.get({ tenant: "acme", id: c.id })).company).toEqual({
      id: co.id,
      name: "Babbage & Sons",
    });
    await api.company.delete({ tenant: "acme", id: co.id });
    const after = await api.contact.get({ tenant: "acme", id: c.id });
    expect(after.company).toBeNull();
    expect(await searchTextOf(c.id)).not.toContain("babbage");
  });
});

describe("contact validation", () => {
  it("a second contact with the same primary e-mail (any case) is a conflict on the email field", async () => {
    const api = kit.as(acme.memberId);
    await api.contact.create({ tenant: "acme", firstName: "First", email: "dup@people.example" });
    const err = await rejection(
      api.contact.create({ tenant: "acme", firstName: "Second", email: "DUP@people.example" }),
    );
    expect(err.code).toBe("CONFLICT");
    expect(err.fieldErrors?.email?.[0]).toMatch(/already has this e-mail/);
    const third = await api.contact.create({ tenant: "acme", firstName: "Third", email: "third@people.example" });
    const upd = await rejection(api.contact.update({ tenant: "acme", id: third.id, email: "dup@people.example" }));
    expect(upd.code).toBe("CONFLICT");
    expect(upd.fieldErrors?.email).toBeDefined();
    // The same address in another tenant is fine: uniqueness is per tenant.
    await kit.as(other.memberId).contact.create({ tenant: "other", firstName: "Dup", email: "dup@people.example" });
    // Keeping one's own address is not a conflict.
    await api.contact.update({ tenant: "acme", id: third.id, email: "THIRD@people.example" });
  });

  it("bad fields come back as field errors, never a 500", async () => {
    const api = kit.as(acme.memberId);
    const err = await rejection(
      api.contact.create({ tenant: "acme", firstName: "", email: "not-an-email", phone: "call me", tags: [""] }),
    );
    expect(err.code).toBe("BAD_REQUEST");
    expect(Object.keys(err.fieldErrors ?? {})).toEqual(
      expect.arrayContaining(["firstName", "email", "phone", "tags.0"]),
    );
  });

  it("the company and the owner must belong to this tenant", async () => {
    const api = kit.as(acme.memberId);
    const foreign = await kit.as(other.memberId).company.create({ tenant: "other", name: "Elsewhere Ltd" });
    const err = await rejection(
      api.contact.create({ tenant: "acme", firstName: "X", companyId: foreign.id, ownerAccountId: outsider }),
    );
    expect(err.code).toBe("BAD_REQUEST");
    expect(err.fieldErrors).toEqual({
      companyId: ["Choose a company of this CRM database."],
      ownerAccountId: ["Choose a member of this CRM database."],
    });
    const mine = await api.contact.create({ tenant: "acme", firstName: "Y" });
    const upd = await rejection(api.contact.update({ tenant: "acme", id: mine.id, ownerAccountId: other.memberId }));
    expect(upd.fieldErrors?.ownerAccountId).toBeDefined();
    expect(await api.contact.update({ tenant: "acme", id: mine.id, ownerAccountId: acme.ownerId })).toMatchObject({
      owner: { id: acme.ownerId },
    });
  });
});

describe("contact permissions", () => {
  it("P8 a non-member gets NOT_FOUND for every contact procedure, as for a tenant that does not exist", async () => {
    const mine = await kit.as(acme.memberId).contact.create({ tenant: "acme", firstName: "Private" });
    const api = kit.as(outsider);
    for (const call of [
      () => api.contact.list({ tenant: "acme" }),
      () => api.contact.get({ tenant: "acme", id: mine.id }),
      () => api.contact.create({ tenant: "acme", firstName: "Intruder" }),
      () => api.contact.update({ tenant: "acme", id: mine.id, firstName: "Hacked" }),
      () => api.contact.delete({ tenant: "acme", id: mine.id }),
      () => api.contact.list({ tenant: "no-such-tenant" }),
    ]) {
      expect((await rejection(call())).code).toBe("NOT_FOUND");
    }
    expect((await kit.as(acme.memberId).contact.get({ tenant: "acme", id: mine.id })).firstName).toBe("Private");
  });

  it("P19 an admin changes and deletes any personal data of the tenant, whoever entered it", async () => {
    const member = kit.as(acme.memberId);
    const admin = kit.as(acme.adminId);
    const c = await member.contact.create({
      tenant: "acme",
      firstName: "Personal",
      lastName: "Data",
      email: "personal@data.example",
      phone: "+1 555 0100",
      extraEmails: ["second@data.example"],
      notes: "private notes",
      ownerAccountId: acme.memberId,
    });
    const changed = await admin.contact.update({
      tenant: "acme",
      id: c.id,
      firstName: "Changed",
      email: null,
      phone: null,
      extraEmails: [],
      notes: null,
    });
    expect(changed).toMatchObject({ firstName: "Changed", email: null, phone: null, extraEmails: [], notes: null });
    expect(await searchTextOf(c.id)).not.toContain("personal@data.example");
    await admin.contact.delete({ tenant: "acme", id: c.id });
    const rows = await withTenant(kit.t.db, acme.tenantId, (tx) =>
      tx.select().from(schema.contact).where(eq(schema.contact.id, c.id)),
    );
    expect(rows).toEqual([]);
  });
});

describe("contact list", () => {
  let listTenant: TenantFixture;
  const ids: string[] = [];

  beforeAll(async () => {
    listTenant = await kit.tenant("contact-list");
    const api = kit.as(listTenant.memberId);
    const co = await api.company.create({ tenant: "contact-list", name: "Zeta Industries" });
    const people = [
      { firstName: "Ada", lastName: "Lovelace", email: "ada@engines.example", phone: "+44 20 7946 0000" },
      { firstName: "Alan", lastName: "Turing", email: "alan@bletchley.example", companyId: co.id, tags: ["vip"] },
      { firstName: "Grace", lastName: "Hopper", phone: "+1 (555) 010-0199", extraEmails: ["amazing@grace.example"] },
      { firstName: "Edsger", lastName: "Dijkstra", email: "ewd@tue.example", ownerAccountId: listTenant.adminId },
      { firstName: "Per_cent", lastName: "100%", email: "odd@chars.example" },
    ];
    for (const p of people) ids.push((await api.contact.create({ tenant: "contact-list", ...p })).id);
    // Ties on every sort key: same names, and (one statement, one transaction) the same created_at.
    await withTenant(kit.t.db, listTenant.tenantId, async (tx) => {
      const inserted = await tx
        .insert(schema.contact)
        .values(
          Array.from({ length: 23 }, (_, i) => ({
            tenantId: listTenant.tenantId,
            firstName: i % 2 ? "Same" : "same",
            lastName: "Twin",
            searchText: "same twin",
          })),
        )
        .returning({ id: schema.contact.id });
      ids.push(...inserted.map((r) => r.id));
    });
  });

  const list = (extra: Record<string, unknown> = {}) =>
    kit.as(listTenant.memberId).contact.list({ tenant: "contact-list", ...extra });

  it("items carry the list columns and the company", async () => {
    const { items } = await list({ search: "turing" });
    expect(items).toHaveLength(1);
    expect(Object.keys(items[0]!).sort()).toEqual(
      [
        "company",
        "createdAt",
        "email",
        "firstName",
        "id",
        "jobTitle",
        "lastName",
        "ownerAccountId",
        "phone",
        "tags",
      ].sort(),
    );
    expect(items[0]!.company?.name).toBe("Zeta Industries");
    expect(items[0]!.tags).toEqual(["vip"]);
    expect(items[0]!.createdAt).toBeInstanceOf(Date);
    expect(Number.isNaN(items[0]!.createdAt.getTime())).toBe(false);
  });

  it("keyset pages walk every contact once, in every sort and direction, ties included", async () => {
    for (const sort of ["name", "createdAt"] as const) {
      for (const direction of ["asc", "desc"] as const) {
        for (const size of [1, 4, 7]) {
          const walked = await walkPages(async (cursor, limit) => list({ sort, direction, cursor, limit }), size);
          expect(walked.map((c) => c.id).sort()).toEqual([...ids].sort());
        }
      }
    }
    const byName = (await list({ limit: 200 })).items.map((c) => c.lastName);
    expect(byName.slice(0, 3)).toEqual(["100%", "Dijkstra", "Hopper"]);
  });

  it("a cursor from another sort or direction, or a made-up one, is a field error on cursor", async () => {
    const first = await list({ sort: "name", limit: 2 });
    const err = await rejection(list({ sort: "createdAt", cursor: first.nextCursor }));
    expect(err.code).toBe("BAD_REQUEST");
    expect(err.fieldErrors?.cursor).toBeDefined();
    const flipped = await rejection(list({ sort: "name", direction: "desc", cursor: first.nextCursor }));
    expect(flipped.fieldErrors?.cursor).toBeDefined();
    for (const cursor of ["garbage", Buffer.from('["contact.name","a","b","not-a-uuid"]').toString("base64url")]) {
      expect((await rejection(list({ cursor }))).fieldErrors?.cursor).toBeDefined();
    }
  });

  it("search finds by partial name, e-mail, phone (as written or digits), extra e-mail and company name", async () => {
    const found = async (search: string) => (await list({ search })).items.map((c) => c.lastName);
    expect(await found("lovel")).toEqual(["Lovelace"]);
    expect(await found("LOVE")).toEqual(["Lovelace"]);
    expect(await found("ada love")).toEqual(["Lovelace"]);
    expect(await found("lovelace ada")).toEqual(["Lovelace"]);
    expect(await found("bletchley")).toEqual(["Turing"]);
    expect(await found("7946 0000")).toEqual(["Lovelace"]);
    expect(await found("79460000")).toEqual(["Lovelace"]);
    expect(await found("5550100199")).toEqual(["Hopper"]);
    expect(await found("amazing@")).toEqual(["Hopper"]);
    expect(await found("zeta indus")).toEqual(["Turing"]);
    expect(await found("nobody-has-this")).toEqual([]);
  });

  it("search treats %, _ and \\ literally", async () => {
    const found = async (search: string) => (await list({ search })).items.map((c) => c.lastName);
    expect(await found("100%")).toEqual(["100%"]);
    expect(await found("per_cent")).toEqual(["100%"]);
    expect(await found("%")).toEqual(["100%"]);
    expect(await found("_")).toEqual(["100%"]);
    expect(await found("\\")).toEqual([]);
  });

  it("search pages walk without gaps too", async () => {
    const walked = await walkPages(async (cursor, limit) => list({ search: "twin", cursor, limit }), 5);
    expect(walked).toHaveLength(23);
  });

  it("filters by company, owner and tag", async () => {
    const turing = ids[1]!;
    const { items: vip } = await list({ tag: "VIP" });
    expect(vip.map((c) => c.id)).toEqual([turing]);
    const { items: owned } = await list({ ownerAccountId: listTenant.adminId });
    expect(owned.map((c) => c.lastName)).toEqual(["Dijkstra"]);
    const companyId = (await list({ search: "turing" })).items[0]!.company!.id;
    expect((await list({ companyId })).items.map((c) => c.id)).toEqual([turing]);
    const foreign = await kit.as(other.memberId).company.create({ tenant: "other", name: "Not yours" });
    expect((await rejection(list({ companyId: foreign.id }))).code).toBe("NOT_FOUND");
  });
});

describe("contact list cursors with long names", () => {
  it("keep within the 500 characters list inputs accept, and still walk every page", async () => {
    const t = await kit.tenant("long-names");
    const api = kit.as(t.memberId);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const c = await api.contact.create({
        tenant: "long-names",
        firstName: "字".repeat(119) + i,
        lastName: "漢".repeat(120),
      });
      ids.push(c.id);
    }
    const cursors: string[] = [];
    const walked = await walkPages(async (cursor, limit) => {
      const page = await api.contact.list({ tenant: "long-names", cursor, limit });
      if (page.nextCursor) cursors.push(page.nextCursor);
      return page;
    }, 2);
    expect(walked.map((c) => c.id)).toEqual(ids);
    expect(cursors.length).toBeGreaterThan(0);
    for (const c of cursors) expect(c.length).toBeLessThanOrEqual(500);
    // Such a cursor points at a row; once that row is gone the link is refused rather than skipping contacts.
    const page = await api.contact.list({ tenant: "long-names", limit: 1 });
    await api.contact.delete({ tenant: "long-names", id: page.items[0]!.id });
    const err = await rejection(api.contact.list({ tenant: "long-names", cursor: page.nextCursor, limit: 1 }));
    expect(err.fieldErrors?.cursor).toBeDefined();
  });
});
