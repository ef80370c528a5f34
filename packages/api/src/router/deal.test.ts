import { schema, withTenant } from "@abante/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { crmKit, type Kit, rejection, type TenantFixture, walkPages } from "../services/crm/test-kit";

let kit: Kit;
let acme: TenantFixture;
let other: TenantFixture;
let outsider: string;
const stages = { lead: "", proposal: "", won: "", lost: "", alsoLost: "" };

beforeAll(async () => {
  kit = await crmKit();
  acme = await kit.tenant("acme");
  other = await kit.tenant("other");
  outsider = await kit.account("outsider");
  const admin = kit.as(acme.adminId);
  stages.lead = (await admin.stage.create({ tenant: "acme", name: "Lead" })).id;
  stages.proposal = (await admin.stage.create({ tenant: "acme", name: "Proposal", probability: 50 })).id;
  stages.won = (await admin.stage.create({ tenant: "acme", name: "Won", kind: "won" })).id;
  stages.lost = (await admin.stage.create({ tenant: "acme", name: "Lost", kind: "lost" })).id;
  stages.alsoLost = (await admin.stage.create({ tenant: "acme", name: "Lost to price", kind: "lost" })).id;
});
afterAll(() => kit?.close());

const column = async (stageId: string) => {
  const board = await kit.as(acme.memberId).deal.board({ tenant: "acme" });
  return board.stages.find((s) => s.id === stageId)!.deals.map((d) => d.title);
};

describe("P8 deals: create, read, update, move, delete", () => {
  it("a member creates deals at the end of their stage, with company, contact and owner", async () => {
    const api = kit.as(acme.memberId);
    const co = await api.company.create({ tenant: "acme", name: "Engines Ltd" });
    const ct = await api.contact.create({ tenant: "acme", firstName: "Ada", lastName: "Lovelace" });
    const d1 = await api.deal.create({
      tenant: "acme",
      title: "First",
      stageId: stages.lead,
      companyId: co.id,
      contactId: ct.id,
      amount: "1200.50",
      currency: "usd",
      expectedClose: "2026-06-30",
      ownerAccountId: acme.adminId,
    });
    expect(d1).toMatchObject({
      title: "First",
      amount: "1200.50",
      currency: "USD",
      status: "open",
      closedAt: null,
      lostReason: null,
      expectedClose: "2026-06-30",
      position: 0,
      stage: { id: stages.lead, name: "Lead", kind: "open" },
      company: { id: co.id, name: "Engines Ltd" },
      contact: { id: ct.id, name: "Ada Lovelace" },
      owner: { id: acme.adminId, name: "admin of acme" },
    });
    const d2 = await api.deal.create({ tenant: "acme", title: "Second", stageId: stages.lead });
    const d3 = await api.deal.create({ tenant: "acme", title: "Third", stageId: stages.lead });
    expect([d2.position, d3.position]).toEqual([1, 2]);
    expect(await api.deal.get({ tenant: "acme", id: d1.id })).toEqual(d1);
    expect(await column(stages.lead)).toEqual(["First", "Second", "Third"]);
  });

  it("move places a deal before another, or last, in any stage", async () => {
    const api = kit.as(acme.memberId);
    const board = await api.deal.board({ tenant: "acme" });
    const [first, second, third] = board.stages.find((s) => s.id === stages.lead)!.deals;
    await api.deal.move({ tenant: "acme", id: third!.id, stageId: stages.lead, beforeId: first!.id });
    expect(await column(stages.lead)).toEqual(["Third", "First", "Second"]);
    await api.deal.move({ tenant: "acme", id: third!.id, stageId: stages.lead, beforeId: null });
    expect(await column(stages.lead)).toEqual(["First", "Second", "Third"]);
    await api.deal.move({ tenant: "acme", id: second!.id, stageId: stages.proposal });
    await api.deal.move({ tenant: "acme", id: first!.id, stageId: stages.proposal, beforeId: second!.id });
    expect(await column(stages.proposal)).toEqual(["First", "Second"]);
    expect(await column(stages.lead)).toEqual(["Third"]);
    const self = await rejection(
      api.deal.move({ tenant: "acme", id: first!.id, stageId: stages.proposal, beforeId: first!.id }),
    );
    expect(self.fieldErrors?.beforeId).toBeDefined();
    const elsewhere = await rejection(
      api.deal.move({ tenant: "acme", id: first!.id, stageId: stages.proposal, beforeId: third!.id }),
    );
    expect(elsewhere.code).toBe("BAD_REQUEST");
    expect(elsewhere.fieldErrors?.beforeId).toBeDefined();
  });

  it("won and lost stages close a deal (lost needs a reason); an open stage reopens it", async () => {
    let now = new Date("2026-03-01T09:00:00Z");
    const api = kit.as(acme.memberId, () => now);
    const d = await api.deal.create({ tenant: "acme", title: "Closing", stageId: stages.lead });
    const won = await api.deal.move({ tenant: "acme", id: d.id, stageId: stages.won });
    expect(won).toMatchObject({ status: "won", closedAt: now, lostReason: null, stage: { kind: "won" } });
    const noReason = await rejection(api.deal.move({ tenant: "acme", id: d.id, stageId: stages.lost }));
    expect(noReason.code).toBe("BAD_REQUEST");
    expect(noReason.fieldErrors?.lostReason).toEqual(["Say why the deal was lost."]);
    expect((await api.deal.get({ tenant: "acme", id: d.id })).status).toBe("won");
    now = new Date("2026-03-02T09:00:00Z");
    const lost = await api.deal.move({ tenant: "acme", id: d.id, stageId: stages.lost, lostReason: "Budget cut" });
    expect(lost).toMatchObject({ status: "lost", lostReason: "Budget cut", closedAt: now });
    now = new Date("2026-03-03T09:00:00Z");
    // Between lost stages the earlier reason and closing time carry over.
    const moved = await api.deal.move({ tenant: "acme", id: d.id, stageId: stages.alsoLost });
    expect(moved).toMatchObject({
      status: "lost",
      lostReason: "Budget cut",
      closedAt: new Date("2026-03-02T09:00:00Z"),
    });
    const reopened = await api.deal.move({ tenant: "acme", id: d.id, stageId: stages.proposal });
    expect(reopened).toMatchObject({ status: "open", closedAt: null, lostReason: null });
  });

  it("a new deal cannot start lost; a won one starts closed", async () => {
    const api = kit.as(acme.memberId);
    const err = await rejection(api.deal.create({ tenant: "acme", title: "x", stageId: stages.lost }));
    expect(err.fieldErrors?.stageId).toBeDefined();
    const won = await api.deal.create({ tenant: "acme", title: "Signed", stageId: stages.won });
    expect(won.status).toBe("won");
    expect(won.closedAt).toBeInstanceOf(Date);
  });

  it("update changes only the named fields; a new stage moves the deal to its end", async () => {
    const api = kit.as(acme.memberId);
    const d = await api.deal.create({ tenant: "acme", title: "Editable", stageId: stages.lead, amount: "10" });
    const renamed = await api.deal.update({ tenant: "acme", id: d.id, title: "Edited" });
    expect(renamed).toMatchObject({ title: "Edited", amount: "10.00", currency: "EUR", stage: { id: stages.lead } });
    const moved = await api.deal.update({ tenant: "acme", id: d.id, stageId: stages.won, amount: "" });
    expect(moved).toMatchObject({ status: "won", amount: null, stage: { id: stages.won } });
    expect((await column(stages.won)).at(-1)).toBe("Edited");
    const toLost = await rejection(api.deal.update({ tenant: "acme", id: d.id, stageId: stages.lost }));
    expect(toLost.fieldErrors?.stageId).toBeDefined();
  });

  it("references must be this tenant's: field errors name them", async () => {
    const them = kit.as(other.adminId);
    const theirStage = await them.stage.create({ tenant: "other", name: "Theirs" });
    const theirCompany = await them.company.create({ tenant: "other", name: "Theirs" });
    const theirContact = await them.contact.create({ tenant: "other", firstName: "Theirs" });
    const err = await rejection(
      kit.as(acme.memberId).deal.create({
        tenant: "acme",
        title: "Mixed",
        stageId: theirStage.id,
        companyId: theirCompany.id,
        contactId: theirContact.id,
        ownerAccountId: other.ownerId,
      }),
    );
    expect(err.code).toBe("BAD_REQUEST");
    expect(Object.keys(err.fieldErrors ?? {}).sort()).toEqual(["companyId", "contactId", "ownerAccountId", "stageId"]);
    const bad = await rejection(
      kit.as(acme.memberId).deal.create({ tenant: "acme", title: "", stageId: stages.lead, amount: "12,50" }),
    );
    expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(["amount", "title"]);
  });

  it("delete removes the deal; its activities stay on their other records", async () => {
    const api = kit.as(acme.memberId);
    const c = await api.contact.create({ tenant: "acme", firstName: "Keeps history" });
    const d = await api.deal.create({ tenant: "acme", title: "Doomed", stageId: stages.lead, contactId: c.id });
    await api.activity.create({
      tenant: "acme",
      kind: "call",
      subject: "Call",
      occurredAt: new Date(),
      contactId: c.id,
      dealId: d.id,
    });
    expect(await api.deal.delete({ tenant: "acme", id: d.id })).toEqual({ id: d.id });
    expect((await rejection(api.deal.get({ tenant: "acme", id: d.id }))).code).toBe("NOT_FOUND");
    const timeline = await api.activity.timeline({ tenant: "acme", contactId: c.id });
    expect(timeline.items.map((a) => [a.subject, a.deal])).toEqual([["Call", null]]);
  });
});

describe("deal permissions", () => {
  it("P8 a non-member gets NOT_FOUND", async () => {
    const d = await kit.as(acme.memberId).deal.create({ tenant: "acme", title: "Private", stageId: stages.lead });
    const api = kit.as(outsider);
    for (const call of [
      () => api.deal.list({ tenant: "acme" }),
      () => api.deal.board({ tenant: "acme" }),
      () => api.deal.get({ tenant: "acme", id: d.id }),
      () => api.deal.create({ tenant: "acme", title: "x", stageId: stages.lead }),
      () => api.deal.update({ tenant: "acme", id: d.id, title: "x" }),
      () => api.deal.move({ tenant: "acme", id: d.id, stageId: stages.won }),
      () => api.deal.delete({ tenant: "acme", id: d.id }),
    ]) {
      expect((await rejection(call())).code).toBe("NOT_FOUND");
    }
  });

  it("P19 an admin changes and deletes a member's deal", async () => {
    const d = await kit.as(acme.memberId).deal.create({
      tenant: "acme",
      title: "Member's",
      stageId: stages.lead,
      ownerAccountId: acme.memberId,
    });
    const admin = kit.as(acme.adminId);
    expect(await admin.deal.update({ tenant: "acme", id: d.id, ownerAccountId: null })).toMatchObject({ owner: null });
    await admin.deal.delete({ tenant: "acme", id: d.id });
    expect((await rejection(admin.deal.get({ tenant: "acme", id: d.id }))).code).toBe("NOT_FOUND");
  });
});

describe("deal board and list", () => {
  let t: TenantFixture;
  let open: string;
  let big: string;
  const ids: string[] = [];

  beforeAll(async () => {
    t = await kit.tenant("deal-list");
    const admin = kit.as(t.adminId);
    open = (await admin.stage.create({ tenant: "deal-list", name: "Open" })).id;
    big = (await admin.stage.create({ tenant: "deal-list", name: "Big" })).id;
    const api = kit.as(t.memberId);
    for (const [title, amount] of [
      ["beta", "20"],
      ["Alpha", null],
      ["gamma", "20"],
      ["delta", "5.5"],
    ] as const) {
      ids.push((await api.deal.create({ tenant: "deal-list", title, amount, stageId: open })).id);
    }
    // A crowded stage: more deals than a board column shows; same title, amount and created_at for all.
    await withTenant(kit.t.db, t.tenantId, async (tx) => {
      const rows = await tx
        .insert(schema.deal)
        .values(
          Array.from({ length: 205 }, (_, i) => ({
            tenantId: t.tenantId,
            title: "Bulk",
            amount: "1.00",
            stageId: big,
            position: 204 - i,
          })),
        )
        .returning({ id: schema.deal.id, position: schema.deal.position });
      ids.push(...rows.map((r) => r.id));
    });
  });

  it("the board caps each column at 200 deals by position and counts them all", async () => {
    const board = await kit.as(t.memberId).deal.board({ tenant: "deal-list" });
    expect(board.cap).toBe(200);
    expect(board.stages.map((s) => [s.name, s.dealCount, s.deals.length])).toEqual([
      ["Open", 4, 4],
      ["Big", 205, 200],
    ]);
    const column = board.stages[1]!.deals;
    expect(column.map((d) => d.position)).toEqual(Array.from({ length: 200 }, (_, i) => i));
    expect(Object.keys(board.stages[0]!.deals[0]!).sort()).toEqual(
      [
        "amount",
        "closedAt",
        "company",
        "contact",
        "currency",
        "expectedClose",
        "id",
        "ownerAccountId",
        "position",
        "status",
        "title",
      ].sort(),
    );
  });

  it("keyset pages walk every deal once in each sort and direction (no amount counts as lowest)", async () => {
    const api = kit.as(t.memberId);
    for (const sort of ["createdAt", "title", "amount"] as const) {
      for (const direction of ["asc", "desc"] as const) {
        const list = (cursor: string | null, limit: number) =>
          api.deal.list({ tenant: "deal-list", sort, direction, cursor, limit });
        const all: { id: string }[] = [];
        let cursor: string | null = null;
        do {
          const page = await list(cursor, 50);
          all.push(...page.items);
          cursor = page.nextCursor;
        } while (cursor);
        expect(all.map((d) => d.id).sort()).toEqual([...ids].sort());
        expect(new Set(all.map((d) => d.id)).size).toBe(ids.length);
      }
    }
    const byAmount = await api.deal.list({ tenant: "deal-list", sort: "amount", limit: 3 });
    expect(byAmount.items.map((d) => d.title)).toEqual(["Alpha", "Bulk", "Bulk"]);
    const byTitle = await api.deal.list({ tenant: "deal-list", sort: "title", direction: "desc", limit: 2 });
    expect(byTitle.items.map((d) => d.title)).toEqual(["gamma", "delta"]);
  });

  it("filters by stage and status; a foreign filter id is NOT_FOUND", async () => {
    const api = kit.as(t.memberId);
    const small = await walkPages(
      (cursor, limit) => api.deal.list({ tenant: "deal-list", stageId: open, cursor, limit }),
      3,
    );
    expect(small).toHaveLength(4);
    expect(small[0]).toMatchObject({ stage: { id: open, name: "Open" }, company: null, contact: null });
    expect((await api.deal.list({ tenant: "deal-list", status: "won" })).items).toEqual([]);
    expect((await rejection(api.deal.list({ tenant: "deal-list", stageId: stages.lead }))).code).toBe("NOT_FOUND");
  });
});
