import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { crmKit, type Kit, rejection, type TenantFixture } from "../services/crm/test-kit";

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

describe("pipeline stages", () => {
  it("an admin builds the pipeline; stages are listed in order with their deal counts", async () => {
    const admin = kit.as(acme.adminId);
    const lead = await admin.stage.create({ tenant: "acme", name: "Lead", probability: 10 });
    const won = await admin.stage.create({ tenant: "acme", name: "Won", kind: "won", probability: 100 });
    const lost = await admin.stage.create({ tenant: "acme", name: "Lost", kind: "lost" });
    expect(lead).toMatchObject({ name: "Lead", kind: "open", probability: 10, position: 0, dealCount: 0 });
    expect([won.position, lost.position]).toEqual([1, 2]);
    await kit.as(acme.memberId).deal.create({ tenant: "acme", title: "D", stageId: lead.id });
    const listed = await kit.as(acme.memberId).stage.list({ tenant: "acme" });
    expect(listed.map((s) => [s.name, s.dealCount])).toEqual([
      ["Lead", 1],
      ["Won", 0],
      ["Lost", 0],
    ]);
  });

  it("update changes only the named fields; the owner may too", async () => {
    const s = await kit.as(acme.ownerId).stage.create({ tenant: "acme", name: "Qualify", probability: 20 });
    const renamed = await kit.as(acme.ownerId).stage.update({ tenant: "acme", id: s.id, name: "Qualified" });
    expect(renamed).toMatchObject({ name: "Qualified", probability: 20, kind: "open" });
    const err = await rejection(kit.as(acme.adminId).stage.update({ tenant: "acme", id: s.id, probability: 101 }));
    expect(err.code).toBe("BAD_REQUEST");
    expect(err.fieldErrors?.probability).toBeDefined();
    await kit.as(acme.adminId).stage.delete({ tenant: "acme", id: s.id });
  });

  it("reorder takes the whole pipeline, each stage once", async () => {
    const admin = kit.as(acme.adminId);
    const before = await admin.stage.list({ tenant: "acme" });
    const reversed = [...before].reverse().map((s) => s.id);
    const after = await admin.stage.reorder({ tenant: "acme", ids: reversed });
    expect(after.map((s) => s.id)).toEqual(reversed);
    expect(after.map((s) => s.position)).toEqual(reversed.map((_, i) => i));
    const partial = await rejection(admin.stage.reorder({ tenant: "acme", ids: reversed.slice(1) }));
    expect(partial.code).toBe("BAD_REQUEST");
    expect(partial.fieldErrors?.ids).toBeDefined();
    const twice = await rejection(admin.stage.reorder({ tenant: "acme", ids: [...reversed.slice(1), reversed[1]!] }));
    expect(twice.fieldErrors?.ids).toBeDefined();
    const foreign = await kit.as(other.adminId).stage.create({ tenant: "other", name: "Theirs" });
    const mixed = await rejection(admin.stage.reorder({ tenant: "acme", ids: [...reversed, foreign.id] }));
    expect(mixed.code).toBe("NOT_FOUND");
    await admin.stage.reorder({ tenant: "acme", ids: before.map((s) => s.id) });
  });

  it("a stage in use cannot be deleted, nor change its kind; an empty one can", async () => {
    const admin = kit.as(acme.adminId);
    const stage = await admin.stage.create({ tenant: "acme", name: "Busy" });
    const d = await kit.as(acme.memberId).deal.create({ tenant: "acme", title: "Blocking", stageId: stage.id });
    const del = await rejection(admin.stage.delete({ tenant: "acme", id: stage.id }));
    expect(del.code).toBe("CONFLICT");
    expect(del.message).toMatch(/1 deal is in this stage/);
    const kind = await rejection(admin.stage.update({ tenant: "acme", id: stage.id, kind: "won" }));
    expect(kind.code).toBe("CONFLICT");
    expect(kind.fieldErrors?.kind).toBeDefined();
    await kit.as(acme.memberId).deal.delete({ tenant: "acme", id: d.id });
    expect(await admin.stage.update({ tenant: "acme", id: stage.id, kind: "won" })).toMatchObject({ kind: "won" });
    expect(await admin.stage.delete({ tenant: "acme", id: stage.id })).toEqual({ id: stage.id });
    expect((await rejection(admin.stage.delete({ tenant: "acme", id: stage.id }))).code).toBe("NOT_FOUND");
  });

  it("members read the pipeline but may not change it (FORBIDDEN); non-members get NOT_FOUND", async () => {
    const [first] = await kit.as(acme.memberId).stage.list({ tenant: "acme" });
    const id = first!.id;
    for (const [who, code] of [
      [acme.memberId, "FORBIDDEN"],
      [outsider, "NOT_FOUND"],
      [other.ownerId, "NOT_FOUND"],
    ] as const) {
      const api = kit.as(who);
      for (const call of [
        () => api.stage.create({ tenant: "acme", name: "Nope" }),
        () => api.stage.update({ tenant: "acme", id, name: "Nope" }),
        () => api.stage.reorder({ tenant: "acme", ids: [id] }),
        () => api.stage.delete({ tenant: "acme", id }),
      ]) {
        expect((await rejection(call())).code).toBe(code);
      }
    }
    expect((await rejection(kit.as(outsider).stage.list({ tenant: "acme" }))).code).toBe("NOT_FOUND");
    expect((await kit.as(acme.memberId).stage.list({ tenant: "acme" }))[0]!.name).toBe(first!.name);
  });
});
