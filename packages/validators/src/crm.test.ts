import { describe, expect, it } from "vitest";
import {
  createActivityInput,
  createCompanyInput,
  createContactInput,
  createDealInput,
  createEmployeeInput,
  createStageInput,
  updateActivityInput,
  updateCompanyInput,
  updateContactInput,
  updateDealInput,
  updateEmployeeInput,
  updateStageInput,
} from "./crm";

const tenant = "acme";
const id = "0195f5c8-7d1e-7000-8000-000000000001";
const stageId = "0195f5c8-7d1e-7000-8000-000000000002";

describe("CRM update inputs hold only the keys sent", () => {
  it.each([
    ["contact", updateContactInput],
    ["company", updateCompanyInput],
    ["deal", updateDealInput],
    ["stage", updateStageInput],
    ["activity", updateActivityInput],
    ["employee", updateEmployeeInput],
  ])("an empty %s update parses to the record's id and nothing else", (_what, schema) => {
    expect(schema.parse({ tenant, id })).toEqual({ tenant, id });
  });

  it("an update of one field carries that field alone, parsed like a create would", () => {
    expect(updateContactInput.parse({ tenant, id, jobTitle: " CTO " })).toEqual({ tenant, id, jobTitle: "CTO" });
    expect(updateContactInput.parse({ tenant, id, tags: ["VIP", "vip"] })).toEqual({ tenant, id, tags: ["vip"] });
    expect(updateContactInput.parse({ tenant, id, marketingConsent: false })).toEqual({
      tenant,
      id,
      marketingConsent: false,
    });
    expect(updateCompanyInput.parse({ tenant, id, domain: "" })).toEqual({ tenant, id, domain: null });
    expect(updateDealInput.parse({ tenant, id, currency: "usd" })).toEqual({ tenant, id, currency: "USD" });
    expect(updateStageInput.parse({ tenant, id, probability: 40 })).toEqual({ tenant, id, probability: 40 });
    expect(updateEmployeeInput.parse({ tenant, id, lastName: "" })).toEqual({ tenant, id, lastName: "" });
  });

  it("refuses bad values in an update as a create does", () => {
    expect(updateContactInput.safeParse({ tenant, id, firstName: " " }).success).toBe(false);
    expect(updateContactInput.safeParse({ tenant, id, extraEmails: ["not an address"] }).success).toBe(false);
    expect(updateStageInput.safeParse({ tenant, id, probability: 101 }).success).toBe(false);
    expect(updateDealInput.safeParse({ tenant, id, currency: "EURO" }).success).toBe(false);
  });
});

describe("CRM create inputs still fill their defaults", () => {
  it("fills what a new record needs", () => {
    expect(createContactInput.parse({ tenant, firstName: "Ada" })).toMatchObject({
      lastName: "",
      extraEmails: [],
      extraPhones: [],
      tags: [],
      marketingConsent: false,
    });
    expect(createCompanyInput.parse({ tenant, name: "Acme" })).toMatchObject({ tags: [] });
    expect(createDealInput.parse({ tenant, title: "Deal", stageId })).toMatchObject({ currency: "EUR" });
    expect(createStageInput.parse({ tenant, name: "Lead" })).toMatchObject({ kind: "open", probability: 0 });
    expect(createEmployeeInput.parse({ tenant, firstName: "Eve" })).toMatchObject({ lastName: "" });
    expect(
      createActivityInput.parse({ tenant, kind: "note", subject: "Hi", occurredAt: "2026-01-01T00:00:00Z" }),
    ).toMatchObject({ kind: "note", subject: "Hi" });
  });
});
