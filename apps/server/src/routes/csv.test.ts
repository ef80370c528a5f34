import { createSession } from "@abante/auth";
import { type Db, schema, withTenant } from "@abante/db";
import { companySearchText, contactSearchText } from "@abante/db/queries";
import { createTestDb, type TestDb } from "@abante/db/testing";
import { parse } from "csv-parse/sync";
import { and, asc, eq } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import { uuidv7 } from "uuidv7";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer } from "../app";
import { contactRows } from "../csv/export";
import type { ImportReport } from "../csv/report";

let t: TestDb;
let app: FastifyInstance;

const sameOrigin = { origin: "http://localhost:80", host: "localhost:80" };

beforeAll(async () => {
  t = await createTestDb();
  app = await buildServer({ db: t.db, app: { version: "test", startedAt: new Date() } });
});
afterAll(async () => {
  await app?.close();
  await t?.close();
});

async function sessionCookie(accountId: string): Promise<string> {
  const { token } = await createSession(t.db, { accountId, now: new Date() });
  return `abante_session=${token}`;
}

/** A tenant without contacts and its owner's session cookie. */
async function tenantWithOwner(slug: string) {
  const ownerId = uuidv7();
  const tenantId = uuidv7();
  await t.db.insert(schema.account).values({ id: ownerId, email: `owner@${slug}.example`, name: `Owner of ${slug}` });
  await t.db.insert(schema.tenant).values({ id: tenantId, slug, name: `Tenant ${slug}`, ownerAccountId: ownerId });
  await withTenant(t.db, tenantId, (tx) =>
    tx.insert(schema.membership).values({ tenantId, accountId: ownerId, role: "owner" }),
  );
  return { slug, tenantId, ownerId, cookie: await sessionCookie(ownerId) };
}

/** A signed-in account with the given role in the tenant (or none). */
async function account(label: string, membership?: { tenantId: string; role: "admin" | "member" }) {
  const id = uuidv7();
  await t.db.insert(schema.account).values({ id, email: `${label}-${id}@people.example`, name: label });
  if (membership) {
    await withTenant(t.db, membership.tenantId, (tx) =>
      tx.insert(schema.membership).values({ tenantId: membership.tenantId, accountId: id, role: membership.role }),
    );
  }
  return { id, cookie: await sessionCookie(id) };
}

function exportCsv(slug: string, kind: "contacts" | "companies", cookie?: string) {
  return app.inject({
    method: "GET",
    url: `/api/t/${slug}/export/${kind}.csv`,
    headers: cookie ? { cookie } : {},
  });
}

function importCsv(
  slug: string,
  kind: "contacts" | "companies",
  body: string | Buffer,
  cookie?: string,
  headers: Record<string, string> = {},
) {
  return app.inject({
    method: "POST",
    url: `/api/t/${slug}/import/${kind}`,
    headers: { ...sameOrigin, "content-type": "text/csv", ...(cookie ? { cookie } : {}), ...headers },
    payload: body,
  });
}

function records(csvText: string): string[][] {
  return parse(csvText, { bom: true }) as string[][];
}

type NewContact = Omit<typeof schema.contact.$inferInsert, "tenantId" | "searchText"> & { companyName?: string };

async function insertContacts(
  db: Db,
  tenantId: string,
  list: NewContact[],
  companyIds: Map<string, string> = new Map(),
) {
  await withTenant(db, tenantId, async (tx) => {
    for (let i = 0; i < list.length; i += 1000) {
      await tx.insert(schema.contact).values(
        list.slice(i, i + 1000).map(({ companyName, ...c }) => ({
          ...c,
          tenantId,
          companyId: companyName ? companyIds.get(companyName) : null,
          searchText: contactSearchText({ ...c, companyName }),
        })),
      );
    }
  });
}

/** Every exported field of a tenant's contacts, in creation order, with the company by name. */
function contactsOf(tenantId: string) {
  const { contact, company } = schema;
  return withTenant(t.db, tenantId, (tx) =>
    tx
      .select({
        firstName: contact.firstName,
        lastName: contact.lastName,
        email: contact.email,
        phone: contact.phone,
        extraEmails: contact.extraEmails,
        extraPhones: contact.extraPhones,
        jobTitle: contact.jobTitle,
        company: company.name,
        tags: contact.tags,
        notes: contact.notes,
        marketingConsent: contact.marketingConsent,
        createdAt: contact.createdAt,
        searchText: contact.searchText,
      })
      .from(contact)
      .leftJoin(company, and(eq(company.tenantId, contact.tenantId), eq(company.id, contact.companyId)))
      .orderBy(asc(contact.createdAt), asc(contact.id)),
  );
}

function companiesOf(tenantId: string) {
  const { company } = schema;
  return withTenant(t.db, tenantId, (tx) =>
    tx
      .select({
        name: company.name,
        domain: company.domain,
        phone: company.phone,
        address: company.address,
        industry: company.industry,
        tags: company.tags,
        notes: company.notes,
        createdAt: company.createdAt,
        searchText: company.searchText,
      })
      .from(company)
      .orderBy(asc(company.createdAt), asc(company.id)),
  );
}

describe("P8 CSV round trip", () => {
  it("P8 contacts and companies exported from one tenant import into a fresh tenant unchanged", async () => {
    const a = await tenantWithOwner("csv-source");
    const companyIds = new Map<string, string>();
    await withTenant(t.db, a.tenantId, async (tx) => {
      const companies = [
        {
          name: "Acme, Inc.",
          domain: "acme.example",
          phone: "+1 555 0100",
          address: "1 Main Street\nSpringfield",
          industry: "Manufacturing",
          tags: ["key account", "north, east"],
          notes: 'Says "hello" first.\r\nSecond line.',
          createdAt: new Date("2023-01-02T03:04:05.678Z"),
        },
        { name: "Müller & Söhne GmbH", tags: [], createdAt: new Date("2023-02-01T00:00:00.000Z") },
        {
          name: "=Formula Corp",
          domain: null,
          notes: "@mention",
          tags: ["-minus"],
          createdAt: new Date("2023-03-01T12:00:00.001Z"),
        },
      ];
      for (const c of companies) {
        const [row] = await tx
          .insert(schema.company)
          .values({ ...c, tenantId: a.tenantId, searchText: companySearchText(c) })
          .returning({ id: schema.company.id });
        companyIds.set(c.name, row!.id);
      }
    });
    await insertContacts(
      t.db,
      a.tenantId,
      [
        {
          firstName: "José",
          lastName: "Müller-Łukasiewicz",
          email: "Jose.Muller@Example.com",
          phone: "+49 30 1234567",
          extraEmails: ["jose@home.example", "j.m@work.example"],
          extraPhones: ["+49 170 0000000"],
          jobTitle: "Head of Sales, EMEA",
          companyName: "Acme, Inc.",
          tags: ["vip", "berlin"],
          notes: 'Met at "Expo"; likes coffee,\nand cake.\n\nThird paragraph.',
          marketingConsent: true,
          createdAt: new Date("2024-01-15T08:30:00.123Z"),
        },
        {
          firstName: '=HYPERLINK("http://evil.example")',
          lastName: "+SUM(1;2)",
          email: null,
          phone: null,
          jobTitle: "-2+3",
          companyName: "=Formula Corp",
          tags: ["@risk"],
          notes: "-- see the attachment",
          createdAt: new Date("2024-01-16T00:00:00.000Z"),
        },
        {
          firstName: "Ann",
          lastName: "",
          email: "ann@example.com",
          companyName: "Müller & Söhne GmbH",
          notes: null,
          createdAt: new Date("2024-02-01T10:00:00.000Z"),
        },
        {
          firstName: "O'Brien",
          lastName: "'quoted'",
          email: "obrien@example.com",
          createdAt: new Date("2024-03-01T00:00:00Z"),
        },
      ],
      companyIds,
    );

    const companiesCsv = await exportCsv(a.slug, "companies", a.cookie);
    const contactsCsv = await exportCsv(a.slug, "contacts", a.cookie);
    expect(companiesCsv.statusCode).toBe(200);
    expect(contactsCsv.statusCode).toBe(200);

    const b = await tenantWithOwner("csv-target");
    const companiesReport = (
      await importCsv(b.slug, "companies", companiesCsv.rawPayload, b.cookie)
    ).json<ImportReport>();
    expect(companiesReport).toMatchObject({ imported: 3, duplicates: 0, rejected: 0, rows: [] });
    const contactsReport = (await importCsv(b.slug, "contacts", contactsCsv.rawPayload, b.cookie)).json<ImportReport>();
    expect(contactsReport).toMatchObject({ imported: 4, duplicates: 0, rejected: 0, rows: [], truncated: false });

    // Field by field, search text included, and the contacts joined to the imported companies (not new ones).
    const before = await contactsOf(a.tenantId);
    const after = await contactsOf(b.tenantId);
    expect(after).toHaveLength(4);
    for (let i = 0; i < before.length; i++) expect(after[i]).toEqual(before[i]);
    expect(await companiesOf(b.tenantId)).toEqual(await companiesOf(a.tenantId));

    // And the target's export is byte for byte the source's.
    expect((await exportCsv(b.slug, "contacts", b.cookie)).body).toBe(contactsCsv.body);
    expect((await exportCsv(b.slug, "companies", b.cookie)).body).toBe(companiesCsv.body);
  });

  it("P8 export is a dated UTF-8 attachment with a header row and one row per record", async () => {
    const a = await tenantWithOwner("csv-headers");
    await insertContacts(t.db, a.tenantId, [{ firstName: "Zoë", email: "zoe@example.com" }]);
    const res = await exportCsv(a.slug, "contacts", a.cookie);
    expect(res.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(res.headers["content-disposition"]).toMatch(
      /^attachment; filename="contacts-csv-headers-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(res.headers["cache-control"]).toBe("no-store");
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const [header, ...rows] = records(res.body);
    expect(header).toEqual([
      "first_name",
      "last_name",
      "email",
      "phone",
      "extra_emails",
      "extra_phones",
      "job_title",
      "company",
      "tags",
      "notes",
      "marketing_consent",
      "created_at",
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.slice(0, 3)).toEqual(["Zoë", "", "zoe@example.com"]);
    const companies = records((await exportCsv(a.slug, "companies", a.cookie)).body);
    expect(companies).toEqual([["name", "domain", "phone", "address", "industry", "tags", "notes", "created_at"]]);
  });
});

describe("CSV export is safe to open in a spreadsheet", () => {
  it("puts an apostrophe before every cell that starts with = + - @ tab or CR", async () => {
    const a = await tenantWithOwner("csv-injection");
    await insertContacts(t.db, a.tenantId, [
      {
        firstName: "=cmd|' /C calc'!A0",
        lastName: "@SUM(A1)",
        email: "inject@example.com",
        phone: "+1 555 0199",
        jobTitle: "-1+1",
        tags: ["=tag"],
        notes: "\r=still a formula",
      },
    ]);
    const [, row] = records((await exportCsv(a.slug, "contacts", a.cookie)).body);
    expect(row!.slice(0, 4)).toEqual(["'=cmd|' /C calc'!A0", "'@SUM(A1)", "inject@example.com", "'+1 555 0199"]);
    expect(row![6]).toBe("'-1+1");
    expect(row![8]).toBe("'=tag");
    expect(row![9]).toBe("'\r=still a formula");
    for (const cell of row!) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe("P8 CSV export streams whatever the size", () => {
  const count = 5000;
  let big: Awaited<ReturnType<typeof tenantWithOwner>>;

  beforeAll(async () => {
    big = await tenantWithOwner("csv-large");
    await insertContacts(
      t.db,
      big.tenantId,
      Array.from({ length: count }, (_, i) => ({ firstName: `Person ${i}`, email: `p${i}@large.example` })),
    );
  });

  it("P8 reads 5,000 contacts in keyset batches of 1,000, each in its own short transaction", async () => {
    let transactions = 0;
    const counting = new Proxy(t.db, {
      get(target, prop, receiver) {
        if (prop === "transaction") transactions++;
        return Reflect.get(target, prop, receiver);
      },
    });
    let rows = 0;
    for await (const row of contactRows(counting, big.tenantId, 1000)) {
      expect(row[0]).toBe(`Person ${rows}`);
      rows++;
    }
    expect(rows).toBe(count);
    expect(transactions).toBe(count / 1000 + 1);
  });

  it("P8 sends all 5,000 rows over HTTP as a stream of chunks", async () => {
    const server = await buildServer({ db: t.db, app: { version: "test", startedAt: new Date() } });
    try {
      const address = await server.listen({ port: 0, host: "127.0.0.1" });
      const res = await fetch(`${address}/api/t/${big.slug}/export/contacts.csv`, { headers: { cookie: big.cookie } });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-length")).toBeNull();
      const reader = res.body!.getReader();
      const chunks: Uint8Array[] = [];
      for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(r.value);
      expect(chunks.length).toBeGreaterThan(1);
      const rows = records(Buffer.concat(chunks).toString("utf8"));
      expect(rows).toHaveLength(count + 1);
      expect(rows[count]![2]).toBe(`p${count - 1}@large.example`);
      expect(new Set(rows.slice(1).map((r) => r[2])).size).toBe(count);
    } finally {
      await server.close();
    }
  });
});

describe("P19 CSV import reports every row it did not import", () => {
  it("P19 a malformed CSV gives a per-row report with line numbers and imports the valid rows", async () => {
    const a = await tenantWithOwner("csv-malformed");
    await insertContacts(t.db, a.tenantId, [{ firstName: "Old", email: "existing@example.com" }]);
    const file = [
      "first_name,last_name,email,phone,notes", // 1
      "Ann,Lee,ann@example.com,+1 555 0100,", // 2 imported
      "Bob,Stone,not-an-email,,", // 3 bad e-mail
      ",Nameless,nameless@example.com,,", // 4 missing first name
      '"Cid,Roe,cid@example.com,,', // 5 unbalanced quote
      "Dan,Poe,dan@example.com,,,surplus", // 6 extra column
      "Eve,Moss,ANN@Example.com,,", // 7 duplicate of line 2
      'Fay,Ray,fay@example.com,,"two', // 8–9 imported, a note over two lines
      'lines"',
      "Gus,Old,Existing@example.com,,", // 10 duplicate of a contact already in the tenant
      "Hal,Ng,hal@example.com,12,", // 11 bad phone
      "Ivy,Q,ivy@example.com,,", // 12 imported
    ].join("\n");
    const res = await importCsv(a.slug, "contacts", file, a.cookie);
    expect(res.statusCode).toBe(200);
    const report = res.json<ImportReport>();
    expect(report).toMatchObject({ imported: 3, duplicates: 2, rejected: 5, truncated: false, ignoredColumns: [] });
    expect(report.rows).toEqual([
      { line: 3, status: "rejected", errors: [{ field: "email", message: "Enter a valid email address." }] },
      { line: 4, status: "rejected", errors: [{ field: "first_name", message: "Enter a first name." }] },
      {
        line: 5,
        status: "rejected",
        errors: [{ field: "_", message: "A quote opened on this line is never closed." }],
      },
      {
        line: 6,
        status: "rejected",
        errors: [{ field: "_", message: "This line has 6 values but the header has 5 columns." }],
      },
      {
        line: 7,
        status: "duplicate",
        errors: [{ field: "email", message: expect.stringContaining("already exists") }],
      },
      {
        line: 10,
        status: "duplicate",
        errors: [{ field: "email", message: expect.stringContaining("already exists") }],
      },
      { line: 11, status: "rejected", errors: [{ field: "phone", message: expect.any(String) }] },
    ]);
    const stored = await contactsOf(a.tenantId);
    expect(stored.map((c) => c.email)).toEqual([
      "existing@example.com",
      "ann@example.com",
      "fay@example.com",
      "ivy@example.com",
    ]);
    expect(stored.find((c) => c.firstName === "Fay")!.notes).toBe("two\nlines");
  });

  it("P19 dedupes by e-mail across batches of the same file", async () => {
    const a = await tenantWithOwner("csv-batches");
    const lines = ["first_name,email"];
    for (let i = 0; i < 1200; i++) lines.push(`P${i},p${i % 700}@batch.example`);
    const report = (await importCsv(a.slug, "contacts", lines.join("\n"), a.cookie)).json<ImportReport>();
    expect(report).toMatchObject({ imported: 700, duplicates: 500, rejected: 0 });
    expect(report.rows[0]).toMatchObject({ line: 702, status: "duplicate" });
    expect((await contactsOf(a.tenantId)).length).toBe(700);
  });

  it("lists at most 1,000 rows and says so", async () => {
    const a = await tenantWithOwner("csv-truncated");
    const lines = [
      "first_name,email",
      ...Array.from({ length: 1100 }, (_, i) => `X${i},bad-${i}`),
      "Ok,ok@example.com",
    ];
    const report = (await importCsv(a.slug, "contacts", lines.join("\n"), a.cookie)).json<ImportReport>();
    expect(report).toMatchObject({ imported: 1, rejected: 1100, truncated: true });
    expect(report.rows).toHaveLength(1000);
    expect(report.rows[999]!.line).toBe(1001);
  });
});

describe("P19 CSV import reads the files people have", () => {
  it("P19 reads a French Excel file: BOM, semicolons, CRLF, localized headers, formula escapes", async () => {
    const a = await tenantWithOwner("csv-french");
    const file =
      "\ufeffPrénom;Nom;Adresse e-mail;Société;Téléphone;Étiquettes;Consentement\r\n" +
      'Zoé;Dupont;zoe@exemple.fr;Société Générale;\'+33 1 23 45 67 89;"client; ami";oui\r\n';
    const report = (await importCsv(a.slug, "contacts", file, a.cookie)).json<ImportReport>();
    expect(report).toMatchObject({ imported: 1, rejected: 0 });
    const [zoe] = await contactsOf(a.tenantId);
    expect(zoe).toMatchObject({
      firstName: "Zoé",
      lastName: "Dupont",
      email: "zoe@exemple.fr",
      company: "Société Générale",
      phone: "+33 1 23 45 67 89",
      tags: ["client", "ami"],
      marketingConsent: true,
    });
  });

  it("P19 reads an Outlook export: numbered e-mail columns and a Name split", async () => {
    const a = await tenantWithOwner("csv-outlook");
    const file = [
      "Title,Name,E-mail Address,E-mail 2 Address,Mobile Phone,Job Title,Categories",
      "Dr,Ada Lovelace,ada@example.com,ada@home.example,+44 20 7946 0000,Analyst,math;history",
    ].join("\r\n");
    const report = (await importCsv(a.slug, "contacts", file, a.cookie)).json<ImportReport>();
    expect(report).toMatchObject({ imported: 1, ignoredColumns: ["Title"] });
    const [ada] = await contactsOf(a.tenantId);
    expect(ada).toMatchObject({
      firstName: "Ada",
      lastName: "Lovelace",
      email: "ada@example.com",
      extraEmails: ["ada@home.example"],
      phone: "+44 20 7946 0000",
      jobTitle: "Analyst",
      tags: ["math", "history"],
    });
  });

  it("P19 links contacts to an existing company of that name, or creates it once, and keeps search text", async () => {
    const a = await tenantWithOwner("csv-companies");
    const [acme] = await withTenant(t.db, a.tenantId, (tx) =>
      tx
        .insert(schema.company)
        .values({ tenantId: a.tenantId, name: "Acme", searchText: "acme" })
        .returning({ id: schema.company.id }),
    );
    const file = ["First Name,Email,Company", "A,a@x.example,ACME", "B,b@x.example,NewCo", "C,c@x.example,newco"].join(
      "\n",
    );
    expect((await importCsv(a.slug, "contacts", file, a.cookie)).json()).toMatchObject({ imported: 3 });
    const stored = await withTenant(t.db, a.tenantId, (tx) =>
      tx.select().from(schema.contact).orderBy(asc(schema.contact.id)),
    );
    const companies = await companiesOf(a.tenantId);
    expect(companies.map((c) => c.name)).toEqual(["Acme", "NewCo"]);
    expect(companies[1]!.searchText).toBe("newco");
    expect(stored[0]!.companyId).toBe(acme!.id);
    expect(stored[1]!.companyId).toBe(stored[2]!.companyId);
    expect(stored.map((c) => c.searchText)).toEqual([
      "a a@x.example acme",
      "b b@x.example newco",
      "c c@x.example newco",
    ]);

    // A duplicate row names a company nobody has yet: the row is skipped, and so is the company.
    const again = await importCsv(
      a.slug,
      "contacts",
      "First Name,Email,Company\nZed,A@x.example,Ghost Ltd\n",
      a.cookie,
    );
    expect(again.json()).toMatchObject({ imported: 0, duplicates: 1 });
    expect((await companiesOf(a.tenantId)).map((c) => c.name)).toEqual(["Acme", "NewCo"]);
  });

  it("P19 imports companies, deduplicated by name without regard to case", async () => {
    const a = await tenantWithOwner("csv-company-import");
    await withTenant(t.db, a.tenantId, (tx) =>
      tx.insert(schema.company).values({ tenantId: a.tenantId, name: "Initech", searchText: "initech" }),
    );
    const file = [
      "Company Name,Website,Phone,Industry,Tags",
      "Globex,https://www.globex.example/about,+1 555 0000,Energy,big; west",
      "INITECH,initech.example,,,",
      "globex,,,,",
      "Bad Domain,not a domain,,,",
      ",nameless.example,,,",
    ].join("\n");
    const report = (await importCsv(a.slug, "companies", file, a.cookie)).json<ImportReport>();
    expect(report).toMatchObject({ imported: 1, duplicates: 2, rejected: 2 });
    expect(report.rows).toEqual([
      { line: 3, status: "duplicate", errors: [{ field: "name", message: expect.any(String) }] },
      { line: 4, status: "duplicate", errors: [{ field: "name", message: expect.any(String) }] },
      { line: 5, status: "rejected", errors: [{ field: "domain", message: "Enter a domain like example.com." }] },
      { line: 6, status: "rejected", errors: [{ field: "name", message: "Enter the company's name." }] },
    ]);
    const globex = (await companiesOf(a.tenantId)).find((c) => c.name === "Globex");
    expect(globex).toMatchObject({
      domain: "www.globex.example",
      phone: "+1 555 0000",
      industry: "Energy",
      tags: ["big", "west"],
      searchText: "globex www.globex.example +1 555 0000 15550000",
    });
  });

  it("refuses with 400 a file it cannot read at all, and with 415 a form upload, never with 500", async () => {
    const a = await tenantWithOwner("csv-refused");
    const noName = await importCsv(a.slug, "contacts", "email,phone\nx@y.example,\n", a.cookie);
    expect(noName.statusCode).toBe(400);
    expect(noName.json().error.message).toContain("no column for the first name");
    expect(noName.json().error.message).toContain('"email", "phone"');
    const empty = await importCsv(a.slug, "contacts", "", a.cookie);
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.message).toBe("The file is empty.");
    const binary = await importCsv(
      a.slug,
      "companies",
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 10]),
      a.cookie,
    );
    expect(binary.statusCode).toBe(400);
    const form = await importCsv(a.slug, "contacts", "--x\r\n", a.cookie, {
      "content-type": "multipart/form-data; boundary=x",
    });
    expect(form.statusCode).toBe(415);
    const json = await importCsv(a.slug, "contacts", "{}", a.cookie, { "content-type": "application/json" });
    expect(json.statusCode).toBe(415);
    const tooLarge = await importCsv(a.slug, "contacts", "first_name\nA\n", a.cookie, {
      "content-length": String(60 * 1024 * 1024),
    });
    expect(tooLarge.statusCode).toBe(413);
    expect(await contactsOf(a.tenantId)).toEqual([]);
  });
});

describe("P8 CSV routes are confined to members of the tenant", () => {
  let a: Awaited<ReturnType<typeof tenantWithOwner>>;
  let b: Awaited<ReturnType<typeof tenantWithOwner>>;

  beforeAll(async () => {
    a = await tenantWithOwner("csv-iso-a");
    b = await tenantWithOwner("csv-iso-b");
    await insertContacts(t.db, a.tenantId, [{ firstName: "Alice", email: "alice@a.example" }]);
    await insertContacts(t.db, b.tenantId, [{ firstName: "Bert", email: "bert@b.example" }]);
  });

  it("P8 a cross-tenant export shows only the tenant's own rows", async () => {
    const rowsA = records((await exportCsv(a.slug, "contacts", a.cookie)).body);
    expect(rowsA.slice(1).map((r) => r[2])).toEqual(["alice@a.example"]);
    const rowsB = records((await exportCsv(b.slug, "contacts", b.cookie)).body);
    expect(rowsB.slice(1).map((r) => r[2])).toEqual(["bert@b.example"]);
  });

  it("P8 a non-member gets 404 for another tenant's export and import, and nothing is written", async () => {
    expect((await exportCsv(b.slug, "contacts", a.cookie)).statusCode).toBe(404);
    expect((await exportCsv(b.slug, "companies", a.cookie)).statusCode).toBe(404);
    const stranger = await account("stranger");
    expect((await exportCsv(a.slug, "contacts", stranger.cookie)).statusCode).toBe(404);
    const res = await importCsv(b.slug, "contacts", "first_name,email\nMallory,m@evil.example\n", a.cookie);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe("NOT_FOUND");
    expect((await importCsv(b.slug, "companies", "name\nEvil Corp\n", stranger.cookie)).statusCode).toBe(404);
    expect((await contactsOf(b.tenantId)).map((c) => c.email)).toEqual(["bert@b.example"]);
    expect(await companiesOf(b.tenantId)).toEqual([]);
  });

  it("P8 an unknown or malformed tenant slug is a 404 like any tenant one is not a member of", async () => {
    expect((await exportCsv("no-such-tenant", "contacts", a.cookie)).statusCode).toBe(404);
    expect((await exportCsv("Not_A_Slug", "contacts", a.cookie)).statusCode).toBe(404);
  });

  it("P8 signed out gets 401", async () => {
    const res = await exportCsv(a.slug, "contacts");
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe("UNAUTHORIZED");
    expect((await importCsv(a.slug, "contacts", "first_name\nX\n")).statusCode).toBe(401);
  });

  it("P19 a plain member may export and import", async () => {
    const member = await account("member", { tenantId: a.tenantId, role: "member" });
    expect((await exportCsv(a.slug, "contacts", member.cookie)).statusCode).toBe(200);
    const res = await importCsv(a.slug, "contacts", "first_name,email\nMia,mia@a.example\n", member.cookie);
    expect(res.json()).toMatchObject({ imported: 1 });
  });

  it("an import from another site is refused by the same-origin check", async () => {
    const res = await importCsv(a.slug, "contacts", "first_name\nX\n", a.cookie, { origin: "https://evil.example" });
    expect(res.statusCode).toBe(403);
  });
});
