import { schema, withTenant } from "@abante/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { crmKit, type Kit, rejection, type TenantFixture, walkPages } from "../services/crm/test-kit";

let kit: Kit;
let acme: TenantFixture;
let other: TenantFixture;
let outsider: string;
let contactId: string;
let companyId: string;
let dealId: string;

beforeAll(async () => {
  kit = await crmKit();
  acme = await kit.tenant("acme");
  other = await kit.tenant("other");
  outsider = await kit.account("outsider");
  const api = kit.as(acme.memberId);
  companyId = (await api.company.create({ tenant: "acme", name: "Engines Ltd" })).id;
  contactId = (await api.contact.create({ tenant: "acme", firstName: "Ada", lastName: "Lovelace", companyId })).id;
  const stage = await kit.as(acme.adminId).stage.create({ tenant: "acme", name: "Lead" });
  dealId = (await api.deal.create({ tenant: "acme", title: "Engine", stageId: stage.id, contactId })).id;
});
afterAll(() => kit?.close());

describe("P8 activities and timelines", () => {
  it("a member logs an activity on several records; the author is the caller", async () => {
    const a = await kit.as(acme.memberId).activity.create({
      tenant: "acme",
      kind: "email",
      subject: "Proposal sent",
      body: "Please find attached…",
      direction: "outbound",
      occurredAt: new Date("2026-02-01T10:00:00Z"),
      contactId,
      companyId,
      dealId,
    });
    expect(a).toMatchObject({
      kind: "email",
      subject: "Proposal sent",
      body: "Please find attached…",
      direction: "outbound",
      occurredAt: new Date("2026-02-01T10:00:00Z"),
      contact: { id: contactId, name: "Ada Lovelace" },
      company: { id: companyId, name: "Engines Ltd" },
      deal: { id: dealId, title: "Engine" },
      authorAccountId: acme.memberId,
      author: { id: acme.memberId, name: "member of acme" },
    });
    for (const of of [{ contactId }, { companyId }, { dealId }]) {
      const { items } = await kit.as(acme.adminId).activity.timeline({ tenant: "acme", ...of });
      expect(items.map((i) => i.id)).toContain(a.id);
    }
  });

  it("an update changes only the named fields; links can be cleared but not all of them", async () => {
    const api = kit.as(acme.memberId);
    const a = await api.activity.create({
      tenant: "acme",
      kind: "call",
      subject: "Intro call",
      direction: "inbound",
      occurredAt: new Date("2026-02-02T10:00:00Z"),
      contactId,
      companyId,
    });
    const edited = await api.activity.update({ tenant: "acme", id: a.id, subject: "First call", companyId: null });
    expect(edited).toMatchObject({ subject: "First call", direction: "inbound", kind: "call", company: null });
    const none = await rejection(api.activity.update({ tenant: "acme", id: a.id, contactId: null }));
    expect(none.code).toBe("BAD_REQUEST");
    expect(none.fieldErrors?.contactId).toBeDefined();
    expect(await api.activity.delete({ tenant: "acme", id: a.id })).toEqual({ id: a.id });
    expect((await rejection(api.activity.delete({ tenant: "acme", id: a.id }))).code).toBe("NOT_FOUND");
  });

  it("links must be this tenant's records, and at least one is needed", async () => {
    const them = kit.as(other.memberId);
    const theirContact = await them.contact.create({ tenant: "other", firstName: "Theirs" });
    const theirCompany = await them.company.create({ tenant: "other", name: "Theirs" });
    const api = kit.as(acme.memberId);
    const err = await rejection(
      api.activity.create({
        tenant: "acme",
        kind: "note",
        subject: "Sneaky",
        occurredAt: new Date(),
        contactId: theirContact.id,
        companyId: theirCompany.id,
      }),
    );
    expect(err.code).toBe("BAD_REQUEST");
    expect(Object.keys(err.fieldErrors ?? {}).sort()).toEqual(["companyId", "contactId"]);
    const orphan = await rejection(
      api.activity.create({ tenant: "acme", kind: "note", subject: "x", occurredAt: new Date() }),
    );
    expect(orphan.fieldErrors?.contactId).toBeDefined();
    const badKind = await rejection(
      api.activity.create({
        tenant: "acme",
        kind: "fax" as "note",
        subject: "",
        occurredAt: "yesterday" as never,
        contactId,
      }),
    );
    expect(Object.keys(badKind.fieldErrors ?? {}).sort()).toEqual(["kind", "occurredAt", "subject"]);
  });

  it("a timeline names exactly one existing record of the tenant", async () => {
    const api = kit.as(acme.memberId);
    expect((await rejection(api.activity.timeline({ tenant: "acme" }))).fieldErrors?.contactId).toBeDefined();
    expect((await rejection(api.activity.timeline({ tenant: "acme", contactId, dealId }))).code).toBe("BAD_REQUEST");
    const theirs = await kit.as(other.memberId).contact.create({ tenant: "other", firstName: "Theirs" });
    expect((await rejection(api.activity.timeline({ tenant: "acme", contactId: theirs.id }))).code).toBe("NOT_FOUND");
  });

  it("timelines run newest first and page without gaps, even among activities of the same instant", async () => {
    const c = await kit.as(acme.memberId).contact.create({ tenant: "acme", firstName: "Busy" });
    const same = new Date("2026-01-15T12:00:00.123Z");
    await withTenant(kit.t.db, acme.tenantId, (tx) =>
      tx.insert(schema.activity).values(
        Array.from({ length: 30 }, (_, i) => ({
          tenantId: acme.tenantId,
          kind: i % 3 === 0 ? ("call" as const) : ("note" as const),
          subject: `#${i}`,
          occurredAt: i < 10 ? same : new Date(Date.UTC(2026, 0, 1 + i)),
          contactId: c.id,
        })),
      ),
    );
    const api = kit.as(acme.memberId);
    const walked = await walkPages(
      (cursor, limit) => api.activity.timeline({ tenant: "acme", contactId: c.id, cursor, limit }),
      4,
    );
    expect(walked).toHaveLength(30);
    const times = walked.map((a) => a.occurredAt.getTime());
    expect(times).toEqual([...times].sort((x, y) => y - x));
    const calls = await walkPages(
      (cursor, limit) => api.activity.timeline({ tenant: "acme", contactId: c.id, kind: "call", cursor, limit }),
      3,
    );
    expect(calls).toHaveLength(10);
  });
});

describe("activity permissions", () => {
  it("P8 a non-member gets NOT_FOUND", async () => {
    const a = await kit.as(acme.memberId).activity.create({
      tenant: "acme",
      kind: "note",
      subject: "Private",
      occurredAt: new Date(),
      contactId,
    });
    const api = kit.as(outsider);
    for (const call of [
      () => api.activity.timeline({ tenant: "acme", contactId }),
      () => api.activity.create({ tenant: "acme", kind: "note", subject: "x", occurredAt: new Date(), contactId }),
      () => api.activity.update({ tenant: "acme", id: a.id, subject: "x" }),
      () => api.activity.delete({ tenant: "acme", id: a.id }),
    ]) {
      expect((await rejection(call())).code).toBe("NOT_FOUND");
    }
  });

  it("P19 an admin changes and deletes a message a member wrote", async () => {
    const a = await kit.as(acme.memberId).activity.create({
      tenant: "acme",
      kind: "email",
      subject: "Personal details",
      body: "Her home address is …",
      occurredAt: new Date(),
      contactId,
    });
    const admin = kit.as(acme.adminId);
    expect(await admin.activity.update({ tenant: "acme", id: a.id, body: null })).toMatchObject({ body: null });
    await admin.activity.delete({ tenant: "acme", id: a.id });
    const { items } = await admin.activity.timeline({ tenant: "acme", contactId, limit: 200 });
    expect(items.map((i) => i.id)).not.toContain(a.id);
  });
});
