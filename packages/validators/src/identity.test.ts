import { describe, expect, it } from "vitest";
import { changePasswordInput, phone, signUpInput } from "./identity";

const valid = {
  name: "Ada Lovelace",
  companyName: "Analytical Engines",
  email: "  Ada@Example.com ",
  password: "correct horse battery staple",
  businessSector: "software",
  interests: ["contacts", "deals", "contacts"],
};

describe("P1 sign-up input", () => {
  it("accepts exactly the registration fields, trims and dedupes", () => {
    const r = signUpInput.parse({ ...valid, phone: "+34 600 000 000" });
    expect(r).toEqual({
      name: "Ada Lovelace",
      companyName: "Analytical Engines",
      email: "Ada@Example.com",
      password: valid.password,
      phone: "+34 600 000 000",
      businessSector: "software",
      interests: ["contacts", "deals"],
    });
  });

  it("drops fields that sign-up does not collect (locale and country come from the request)", () => {
    const r = signUpInput.parse({ ...valid, locale: "fr", country: "FR", staffRole: "admin" });
    expect(r).not.toHaveProperty("locale");
    expect(r).not.toHaveProperty("country");
    expect(r).not.toHaveProperty("staffRole");
  });

  it.each([
    [{ password: "short" }, "password", "at least 12"],
    [{ password: "x".repeat(129) }, "password", "at most 128"],
    [{ email: "not-an-email" }, "email", "valid email"],
    [{ businessSector: "piracy" }, "businessSector", "business sector"],
    [{ interests: ["crypto"] }, "interests.0", "listed interests"],
    [{ name: "  " }, "name", "Enter your name"],
    [{ phone: "call me" }, "phone", "digits"],
  ])("rejects %j on field %s", (patch, field, reason) => {
    const r = signUpInput.safeParse({ ...valid, ...patch });
    expect(r.success).toBe(false);
    const issue = r.error!.issues.find((i) => i.path.join(".") === field);
    expect(issue?.message).toContain(reason);
  });
});

describe("other identity inputs", () => {
  it("phone: empty means none", () => {
    expect(phone.parse("")).toBeNull();
    expect(phone.safeParse("12").success).toBe(false);
  });
  it("a new password must differ from the current one", () => {
    const r = changePasswordInput.safeParse({ currentPassword: "same password 1", newPassword: "same password 1" });
    expect(r.error?.issues[0]?.path).toEqual(["newPassword"]);
  });
});
