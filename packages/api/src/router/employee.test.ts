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

describe("P8 employees: the customer's staff directory", () => {
  it("a member adds an employee linked to a member account, and reads it back", async () => {
    const api = kit.as(acme.memberId);
    const e = await api.employee.create({
      tenant: "acme",
      firstName: "Margaret",
      lastName: "Hamilton",
      jobTitle: "Director",
      department: "Software",
      email: "margaret@acme.example",
      phone: "+1 617 555 0100",
      startDate: "1965-09-01",
      accountId: acme.memberId,
    });
    expect(e).toMatchObject({
      firstName: "Margaret",
      lastName: "Hamilton",
      jobTitle: "Director",
      department: "Software",
      startDate: "1965-09-01",
      accountId: acme.memberId,
      account: { id: acme.memberId, name: "member of acme" },
    });
    expect(await api.employee.get({ tenant: "acme", id: e.id })).toEqual(e);
    const edited = await api.employee.update({ tenant: "acme", id: e.id, jobTitle: "Lead", accountId: null });
    expect(edited).toMatchObject({ jobTitle: "Lead", department: "Software", lastName: "Hamilton", account: null });
    expect(await api.employee.delete({ tenant: "acme", id: e.id })).toEqual({ id: e.id });
    expect((await rejection(api.employee.get({ tenant: "acme", id: e.id }))).code).toBe("NOT_FOUND");
  });

  it("the linked account must be a member of this tenant; bad fields are field errors", async () => {
    const api = kit.as(acme.memberId);
    for (const accountId of [outsider, other.memberId]) {
      const err = await rejection(api.employee.create({ tenant: "acme", firstName: "Linked", accountId }));
      expect(err.code).toBe("BAD_REQUEST");
      expect(err.fieldErrors).toEqual({ accountId: ["Choose a member of this CRM database."] });
    }
    const bad = await rejection(
      api.employee.create({ tenant: "acme", firstName: "", email: "nope", startDate: "01/02/2026" }),
    );
    expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(["email", "firstName", "startDate"]);
  });

  it("P8 a non-member gets NOT_FOUND", async () => {
    const e = await kit.as(acme.memberId).employee.create({ tenant: "acme", firstName: "Private" });
    const api = kit.as(outsider);
    for (const call of [
      () => api.employee.list({ tenant: "acme" }),
      () => api.employee.get({ tenant: "acme", id: e.id }),
      () => api.employee.create({ tenant: "acme", firstName: "x" }),
      () => api.employee.update({ tenant: "acme", id: e.id, firstName: "x" }),
      () => api.employee.delete({ tenant: "acme", id: e.id }),
    ]) {
      expect((await rejection(call())).code).toBe("NOT_FOUND");
    }
  });

  it("P19 an admin changes and deletes an employee's personal data", async () => {
    const e = await kit.as(acme.memberId).employee.create({
      tenant: "acme",
      firstName: "Private",
      phone: "+1 555 0199",
      email: "private@acme.example",
    });
    const admin = kit.as(acme.adminId);
    expect(await admin.employee.update({ tenant: "acme", id: e.id, phone: null, email: "" })).toMatchObject({
      phone: null,
      email: null,
    });
    await admin.employee.delete({ tenant: "acme", id: e.id });
    expect((await rejection(admin.employee.get({ tenant: "acme", id: e.id }))).code).toBe("NOT_FOUND");
  });
});

describe("employee list", () => {
  let t: TenantFixture;
  const ids: string[] = [];

  beforeAll(async () => {
    t = await kit.tenant("staff");
    const api = kit.as(t.memberId);
    const people = [
      { firstName: "Katherine", lastName: "Johnson", department: "Research", email: "kj@nasa.example" },
      { firstName: "Dorothy", lastName: "Vaughan", department: "Computing", phone: "+1 757 555 0142" },
      { firstName: "Mary", lastName: "Jackson", department: "research" },
      ...Array.from({ length: 9 }, () => ({ firstName: "Twin", lastName: "Same" })),
    ];
    for (const p of people) ids.push((await api.employee.create({ tenant: "staff", ...p })).id);
  });

  const list = (extra: Record<string, unknown> = {}) => kit.as(t.memberId).employee.list({ tenant: "staff", ...extra });

  it("pages by last name, first name and id: every employee once, ties included", async () => {
    const walked = await walkPages((cursor, limit) => list({ cursor, limit }), 2);
    expect(walked.map((e) => e.id).sort()).toEqual([...ids].sort());
    expect(walked.slice(0, 2).map((e) => e.lastName)).toEqual(["Jackson", "Johnson"]);
  });

  it("searches names, e-mail and phone; filters by department regardless of case", async () => {
    const names = async (extra: Record<string, unknown>) => (await list(extra)).items.map((e) => e.lastName);
    expect(await names({ search: "kathe" })).toEqual(["Johnson"]);
    expect(await names({ search: "nasa.ex" })).toEqual(["Johnson"]);
    expect(await names({ search: "5550142" })).toEqual(["Vaughan"]);
    expect(await names({ department: "Research" })).toEqual(["Jackson", "Johnson"]);
  });
});
