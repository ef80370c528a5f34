import { describe, expect, it } from "vitest";
import { COMPANY_COLUMNS, CONTACT_COLUMNS, mapCompanyColumns, mapContactColumns } from "./columns";

describe("CSV column names", () => {
  it("reads its own export headers", () => {
    expect(mapContactColumns(CONTACT_COLUMNS).fields).toEqual([...CONTACT_COLUMNS]);
    expect(mapCompanyColumns(COMPANY_COLUMNS).fields).toEqual([...COMPANY_COLUMNS]);
  });

  it("matches headers case-insensitively, with common aliases", () => {
    const m = mapContactColumns([
      "First Name",
      "SURNAME",
      "E-mail",
      "Email Address",
      "Given name",
      "Organization",
      "Mobile Phone",
      "Business Phone",
      "Favourite colour",
    ]);
    expect(m.fields).toEqual([
      "first_name",
      "last_name",
      "email",
      "extra_emails",
      null,
      "company",
      "phone",
      "extra_phones",
      null,
    ]);
    expect(m.ignored).toEqual(["Given name", "Favourite colour"]);
  });

  it("maps Outlook's and Google's numbered columns to primary and extra values", () => {
    expect(mapContactColumns(["E-mail Address", "E-mail 2 Address", "E-mail 3 Address"]).fields).toEqual([
      "email",
      "extra_emails",
      "extra_emails",
    ]);
    expect(
      mapContactColumns(["E-mail 1 - Value", "E-mail 1 - Type", "Phone 1 - Value", "Phone 2 - Value"]).fields,
    ).toEqual(["email", null, "phone", "extra_phones"]);
  });

  it("reads headers in the product's other languages", () => {
    expect(mapContactColumns(["Prénom", "Nom", "Courriel", "Société", "Téléphone"]).fields).toEqual([
      "first_name",
      "last_name",
      "email",
      "company",
      "phone",
    ]);
    expect(mapCompanyColumns(["Empresa", "Sitio web", "Teléfono", "Sector"]).fields).toEqual([
      "name",
      "domain",
      "phone",
      "industry",
    ]);
  });

  it("leaves Outlook's honorific Title column alone", () => {
    expect(mapContactColumns(["Title", "First Name", "Job Title"]).fields).toEqual([null, "first_name", "job_title"]);
  });

  it("takes a single Name column as the full name of a contact", () => {
    expect(mapContactColumns(["Name", "Email"]).fields).toEqual(["full_name", "email"]);
  });
});
