import { schema, withTenant } from "@abante/db";
import { createTestDb, type TestDb } from "@abante/db/testing";
import { eq } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ImportFailedError, ImportFileError, importContacts, splitFullName } from "./import";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t?.close());

async function tenant(slug: string): Promise<string> {
  const ownerId = uuidv7();
  const tenantId = uuidv7();
  await t.db.insert(schema.account).values({ id: ownerId, email: `owner@${slug}.example`, name: slug });
  await t.db.insert(schema.tenant).values({ id: tenantId, slug, name: slug, ownerAccountId: ownerId });
  return tenantId;
}

/** The body in chunks, as a network delivers it. */
async function* body(text: string, chunk = 1024) {
  for (let i = 0; i < text.length; i += chunk) yield Buffer.from(text.slice(i, i + chunk));
}

describe("contact import", () => {
  it("splits a single name column into first and last name", () => {
    expect(splitFullName("  Ada   King Lovelace ")).toEqual({ firstName: "Ada King", lastName: "Lovelace" });
    expect(splitFullName("Lovelace, Ada")).toEqual({ firstName: "Ada", lastName: "Lovelace" });
    expect(splitFullName("Cher")).toEqual({ firstName: "Cher", lastName: "" });
  });

  it("stops a file that grows past the size limit, and reports the rows already written", async () => {
    const tenantId = await tenant("csv-limit");
    const lines = ["first_name,email", ...Array.from({ length: 8000 }, (_, i) => `P${i},p${i}@limit.example`)];
    const error = await importContacts({
      db: t.db,
      tenantId,
      source: body(lines.join("\n")),
      maxBytes: 100_000,
      batchSize: 500,
      now: () => new Date(),
    }).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(ImportFileError);
    const { status, report } = error as ImportFileError;
    expect(status).toBe(413);
    const stored = await withTenant(t.db, tenantId, (tx) => tx.$count(schema.contact));
    expect(stored).toBeGreaterThan(0);
    expect(report?.imported).toBe(stored);
  });

  it("takes the creation time from the file, and the clock otherwise", async () => {
    const tenantId = await tenant("csv-clock");
    const now = new Date("2026-01-02T03:04:05.000Z");
    const report = await importContacts({
      db: t.db,
      tenantId,
      source: body("first_name,created_at\nOld,2020-05-06T07:08:09.010Z\nNew,\nBad,someday\n"),
      now: () => now,
    });
    expect(report).toMatchObject({
      imported: 2,
      rejected: 1,
      rows: [{ line: 4, status: "rejected", errors: [{ field: "created_at", message: expect.any(String) }] }],
    });
    const rows = await withTenant(t.db, tenantId, (tx) =>
      tx.select({ firstName: schema.contact.firstName, createdAt: schema.contact.createdAt }).from(schema.contact),
    );
    expect(Object.fromEntries(rows.map((r) => [r.firstName, r.createdAt.toISOString()]))).toEqual({
      Old: "2020-05-06T07:08:09.010Z",
      New: now.toISOString(),
    });
  });

  it("recovers when a company it linked earlier in the file is deleted meanwhile", async () => {
    const tenantId = await tenant("csv-deleted-company");
    const rows = (from: number, to: number) =>
      Array.from({ length: to - from }, (_, i) => `P${from + i},p${from + i}@acme.example,Acme\n`).join("");
    async function* source() {
      yield Buffer.from(`first_name,email,company\n${rows(0, 600)}`);
      // By now the first 500 rows are written and "Acme" is remembered; someone deletes it.
      await withTenant(t.db, tenantId, (tx) => tx.delete(schema.company));
      yield Buffer.from(rows(600, 700));
    }
    // (A declared charset: no sniffing, which would read ahead.)
    const report = await importContacts({
      db: t.db,
      tenantId,
      source: source(),
      charset: "utf-8",
      now: () => new Date(),
    });
    expect(report).toMatchObject({ imported: 700, duplicates: 0, rejected: 0 });
    const companies = await withTenant(t.db, tenantId, (tx) => tx.select().from(schema.company));
    expect(companies.map((c) => c.name)).toEqual(["Acme"]);
    const linked = await withTenant(t.db, tenantId, (tx) =>
      tx.$count(schema.contact, eq(schema.contact.companyId, companies[0]!.id)),
    );
    expect(linked).toBe(200);
  });

  it("stops on a database fault with an error that carries no row values", async () => {
    // A tenant that does not exist: every insert breaks its foreign key.
    const error = await importContacts({
      db: t.db,
      tenantId: uuidv7(),
      source: body("first_name,email\nSecret,secret@person.example\n"),
      now: () => new Date(),
    }).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(ImportFailedError);
    const failed = error as ImportFailedError;
    expect(failed.code).toBe("23503");
    expect(failed.report).toMatchObject({ imported: 0 });
    expect(JSON.stringify({ message: failed.message, code: failed.code, report: failed.report })).not.toContain(
      "secret",
    );
  });
});
