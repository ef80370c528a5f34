import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { appRouter, createCallerFactory, createContext } from "@abante/api";
import { type Db, schema, withTenant } from "@abante/db";
import { companySearchText, contactSearchText } from "@abante/db/queries";
import { seedDemo } from "@abante/db/seed";
import { createTestDb, type TestDb } from "@abante/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCompanies, importContacts } from "./import";

// Search texts are the application's to keep: the API's writes, the CSV import and the seed all build them with the
// one pair of functions in @abante/db/queries. Here the same records come in all three ways and must read the same.

let t: TestDb;
let ownerId: string;
let seeded: string;
const now = new Date("2026-03-01T12:00:00Z");
const createCaller = createCallerFactory(appRouter);
const api = () =>
  createCaller(createContext({ db: t.db, session: { sessionId: "s", accountId: ownerId, staffRole: null } }));

async function tenantOf(db: Db, slug: string): Promise<string> {
  const tenantId = randomUUID();
  await db.insert(schema.tenant).values({ id: tenantId, slug, name: slug, ownerAccountId: ownerId });
  await withTenant(db, tenantId, (tx) =>
    tx.insert(schema.membership).values({ tenantId, accountId: ownerId, role: "owner" }),
  );
  return tenantId;
}

interface Person {
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  extraEmails: string[];
  extraPhones: string[];
  company: string | null;
}
interface Firm {
  name: string;
  domain: string | null;
  phone: string | null;
}

/** Stored search texts by contact e-mail and company name. */
async function textsOf(tenantId: string) {
  return withTenant(t.db, tenantId, async (tx) => ({
    contacts: new Map(
      (await tx.select().from(schema.contact)).map((c) => [c.email ?? c.firstName, c.searchText] as const),
    ),
    companies: new Map((await tx.select().from(schema.company)).map((c) => [c.name, c.searchText] as const)),
  }));
}

async function createViaApi(slug: string, firms: Firm[], people: Person[]) {
  const ids = new Map<string, string>();
  for (const f of firms) ids.set(f.name, (await api().company.create({ tenant: slug, ...f })).id);
  for (const { company, ...p } of people) {
    await api().contact.create({ tenant: slug, ...p, companyId: company ? ids.get(company)! : null });
  }
}

const cell = (v: string | null | undefined) => `"${(v ?? "").replace(/"/g, '""')}"`;

async function importViaCsv(tenantId: string, firms: Firm[], people: Person[]) {
  const companiesFile = ["name,domain,phone", ...firms.map((f) => [f.name, f.domain, f.phone].map(cell).join(","))];
  const contactsFile = [
    "first_name,last_name,email,phone,extra_emails,extra_phones,company",
    ...people.map((p) =>
      [p.firstName, p.lastName, p.email, p.phone, p.extraEmails.join("; "), p.extraPhones.join("; "), p.company]
        .map(cell)
        .join(","),
    ),
  ];
  const run = (file: string[], fn: typeof importContacts) =>
    fn({ db: t.db, tenantId, source: Readable.from([`${file.join("\n")}\n`]), now: () => now });
  expect(await run(companiesFile, importCompanies)).toMatchObject({ imported: firms.length, rejected: 0 });
  expect(await run(contactsFile, importContacts)).toMatchObject({ imported: people.length, rejected: 0 });
}

const ada: Person = {
  firstName: "Ada",
  lastName: "Lovelace",
  email: "ada@engines.example",
  phone: "+34 600-12-34-56",
  extraEmails: ["countess@lovelace.example"],
  extraPhones: ["(020) 7946 0000"],
  company: "Analytical Engines",
};
const engines: Firm = { name: "Analytical Engines", domain: "engines.example", phone: "+44 20-7946-0001" };

let viaSeed: { firms: Firm[]; people: Person[] };
let apiTenant: string;
let csvTenant: string;

beforeAll(async () => {
  t = await createTestDb();
  const r = await seedDemo(t.db, { contacts: 30, companies: 6, deals: 0, activities: 0, employees: 0, now });
  ownerId = r.accountId;
  seeded = r.tenantId;
  viaSeed = await withTenant(t.db, seeded, async (tx) => {
    const firms = await tx.select().from(schema.company);
    const nameOf = new Map(firms.map((f) => [f.id, f.name]));
    const people = await tx.select().from(schema.contact);
    return {
      firms: firms.map((f) => ({ name: f.name, domain: f.domain, phone: f.phone })),
      people: people.map((p) => ({
        firstName: p.firstName,
        lastName: p.lastName,
        email: p.email,
        phone: p.phone,
        extraEmails: p.extraEmails,
        extraPhones: p.extraPhones,
        company: p.companyId ? nameOf.get(p.companyId)! : null,
      })),
    };
  });
  // The seeded records again, and one with every kind of field written with separators: through the API into one
  // tenant, from CSV files into another.
  apiTenant = await tenantOf(t.db, "via-api");
  csvTenant = await tenantOf(t.db, "via-csv");
  await createViaApi("via-api", [...viaSeed.firms, engines], [...viaSeed.people, ada]);
  await importViaCsv(csvTenant, [...viaSeed.firms, engines], [...viaSeed.people, ada]);
});
afterAll(() => t?.close());

describe("search text: one definition for every writer", () => {
  it("is the same for contacts and companies whether seeded, created through the API or imported from CSV", async () => {
    expect(viaSeed.people.some((p) => p.extraEmails.length > 0)).toBe(true);
    expect(viaSeed.people.some((p) => p.extraPhones.length > 0)).toBe(true);
    expect(viaSeed.people.some((p) => p.company)).toBe(true);
    const [fromSeed, fromApi, fromCsv] = await Promise.all([seeded, apiTenant, csvTenant].map(textsOf));
    expect(fromSeed!.contacts.size).toBe(30);
    for (const [key, text] of fromSeed!.contacts) {
      expect(fromApi!.contacts.get(key), key).toBe(text);
      expect(fromCsv!.contacts.get(key), key).toBe(text);
    }
    for (const [name, text] of fromSeed!.companies) {
      expect(fromApi!.companies.get(name), name).toBe(text);
      expect(fromCsv!.companies.get(name), name).toBe(text);
    }
    // And it is the shared function's output.
    for (const p of viaSeed.people) {
      expect(fromSeed!.contacts.get(p.email!)).toBe(contactSearchText({ ...p, companyName: p.company }));
    }
    for (const f of viaSeed.firms) expect(fromSeed!.companies.get(f.name)).toBe(companySearchText(f));

    const expected =
      "ada lovelace ada@engines.example countess@lovelace.example +34 600-12-34-56 34600123456 (020) 7946 0000 02079460000 analytical engines";
    expect(fromApi!.contacts.get(ada.email!)).toBe(expected);
    expect(fromCsv!.contacts.get(ada.email!)).toBe(expected);
    expect(fromApi!.companies.get(engines.name)).toBe(
      "analytical engines engines.example +44 20-7946-0001 442079460001",
    );
    expect(fromCsv!.companies.get(engines.name)).toBe(fromApi!.companies.get(engines.name));
  });

  it("stays the same after edits: a company renamed, a contact's phone changed, a company deleted", async () => {
    const slug = "via-api-edits";
    const tenantId = await tenantOf(t.db, slug);
    await createViaApi(slug, [engines], [ada]);
    const [firm] = (await api().company.list({ tenant: slug })).items;
    const [person] = (await api().contact.list({ tenant: slug })).items;
    await api().company.update({ tenant: slug, id: firm!.id, name: "Difference Engines" });
    await api().contact.update({ tenant: slug, id: person!.id, phone: "+1 (555) 010-9999" });
    let texts = await textsOf(tenantId);
    expect(texts.contacts.get(ada.email!)).toBe(
      contactSearchText({ ...ada, phone: "+1 (555) 010-9999", companyName: "Difference Engines" }),
    );
    expect(texts.companies.get("Difference Engines")).toBe(
      companySearchText({ ...engines, name: "Difference Engines" }),
    );
    await api().company.delete({ tenant: slug, id: firm!.id });
    texts = await textsOf(tenantId);
    expect(texts.contacts.get(ada.email!)).toBe(
      contactSearchText({ ...ada, phone: "+1 (555) 010-9999", companyName: null }),
    );
  });
});

describe("search finds phones however they are written, and secondary e-mails", () => {
  const found = async (slug: string, search: string) =>
    (await api().contact.list({ tenant: slug, search })).items.map((c) => c.email);

  it.each([["via-api"], ["via-csv"]])(
    "in %s: by phone with spaces, dashes, brackets or none, and by a secondary e-mail",
    async (slug) => {
      for (const search of [
        "600-123-456",
        "600 12 34 56",
        "+34600123456",
        "34 600-12-34-56",
        "7946-0000",
        "(020)79460000",
        "countess@lovelace.example",
        "COUNTESS@lovelace",
        "lovelace 600.123.456",
      ]) {
        expect(await found(slug, search), search).toEqual([ada.email]);
      }
      expect(await found(slug, "600-123-457")).toEqual([]);
      const companies = await api().company.list({ tenant: slug, search: "20-7946-0001" });
      expect(companies.items.map((c) => c.name)).toEqual([engines.name]);
    },
  );

  it("in the seeded tenant: by a seeded phone rewritten with dashes, and by a seeded secondary e-mail", async () => {
    const p = viaSeed.people.find((x) => x.extraEmails.length > 0 && x.phone)!;
    expect(await found("demo", p.extraEmails[0]!)).toContain(p.email);
    const digits = p.phone!.replace(/[^0-9]/g, "");
    const dashed = digits.replace(/(\d{3})(?=\d)/g, "$1-");
    expect(dashed).toContain("-");
    expect(await found("demo", dashed)).toContain(p.email);
  });
});
