// CSV export of contacts and companies (F3, P8/P19: the customer can take its data anywhere). No row cap, constant
// memory: the table is read in keyset batches, each in its own short tenant transaction (never OFFSET, never one
// long transaction holding a snapshot or PGlite's only connection), and the rows flow through csv-stringify with
// the response's back-pressure.

import { pipeline, Readable, type Transform } from "node:stream";
import { type Db, schema, type TenantTx, withTenant } from "@abante/db";
import { contactCompanyJoin } from "@abante/db/queries";
import { stringify } from "csv-stringify";
import { and, asc, eq, gt, sql } from "drizzle-orm";
import { escapeCell, joinList } from "./cells";
import { COMPANY_COLUMNS, CONTACT_COLUMNS } from "./columns";

export const EXPORT_BATCH = 1000;

type Cell = string | null | undefined;

/** One exported row, every value made safe for spreadsheets (see escapeCell). */
function safeRow(cells: Cell[]): string[] {
  return cells.map((c) => (c ? escapeCell(c) : ""));
}

/**
 * Rows of a table, `batch` at a time in id order: the next batch starts after the last id of the previous one.
 * uuidv7 ids follow insertion order, so the export lists records oldest first.
 */
async function* keyset<T extends { id: string }>(
  fetch: (after: string | null, limit: number) => Promise<T[]>,
  batch: number,
): AsyncGenerator<T> {
  let after: string | null = null;
  for (;;) {
    const page = await fetch(after, batch);
    yield* page;
    if (page.length < batch) return;
    after = page[page.length - 1]!.id;
  }
}

/**
 * A keyset page must be read from the primary-key index in order, stopping after `limit` rows. Without table
 * statistics (PGlite never gathers them by itself) the planner takes a tenant for a few rows and prefers fetching
 * everything after the cursor and sorting it, which makes each page cost the whole rest of the table: a
 * million-row export would never end. Ruling out the sort for this one transaction leaves only the index walk.
 */
async function inIndexOrder(tx: TenantTx): Promise<void> {
  await tx.execute(sql`set local enable_sort = off`);
}

/** The contact rows of the export, header excluded: CONTACT_COLUMNS in order. */
export async function* contactRows(db: Db, tenantId: string, batch = EXPORT_BATCH): AsyncGenerator<string[]> {
  const { contact, company } = schema;
  const pages = keyset(
    (after, limit) =>
      withTenant(db, tenantId, async (tx) => {
        await inIndexOrder(tx);
        return tx
          .select({
            id: contact.id,
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
          })
          .from(contact)
          .leftJoin(company, contactCompanyJoin)
          .where(and(eq(contact.tenantId, tenantId), after ? gt(contact.id, after) : undefined))
          .orderBy(asc(contact.id))
          .limit(limit);
      }),
    batch,
  );
  for await (const c of pages) {
    yield safeRow([
      c.firstName,
      c.lastName,
      c.email,
      c.phone,
      joinList(c.extraEmails),
      joinList(c.extraPhones),
      c.jobTitle,
      c.company,
      joinList(c.tags),
      c.notes,
      c.marketingConsent ? "true" : "false",
      c.createdAt.toISOString(),
    ]);
  }
}

/** The company rows of the export, header excluded: COMPANY_COLUMNS in order. */
export async function* companyRows(db: Db, tenantId: string, batch = EXPORT_BATCH): AsyncGenerator<string[]> {
  const { company } = schema;
  const pages = keyset(
    (after, limit) =>
      withTenant(db, tenantId, async (tx) => {
        await inIndexOrder(tx);
        return tx
          .select({
            id: company.id,
            name: company.name,
            domain: company.domain,
            phone: company.phone,
            address: company.address,
            industry: company.industry,
            tags: company.tags,
            notes: company.notes,
            createdAt: company.createdAt,
          })
          .from(company)
          .where(and(eq(company.tenantId, tenantId), after ? gt(company.id, after) : undefined))
          .orderBy(asc(company.id))
          .limit(limit);
      }),
    batch,
  );
  for await (const c of pages) {
    yield safeRow([
      c.name,
      c.domain,
      c.phone,
      c.address,
      c.industry,
      joinList(c.tags),
      c.notes,
      c.createdAt.toISOString(),
    ]);
  }
}

/**
 * The CSV byte stream of some rows: UTF-8 with a byte-order mark (without it Excel on Windows reads UTF-8 as
 * Windows-1252 and mangles every accented name; the import skips it) and a header row.
 */
export function csvStream(columns: readonly string[], rows: AsyncIterable<string[]>): Transform {
  const stringifier = stringify({ header: true, columns: [...columns], bom: true });
  // pipeline ties both ends: a database error destroys the response stream (the download fails visibly instead of
  // ending short), and a client that goes away stops the reading of the table. Errors surface on `stringifier`,
  // where the server logs them.
  pipeline(Readable.from(rows), stringifier, () => {});
  return stringifier;
}

export const exportKinds = {
  contacts: { columns: CONTACT_COLUMNS, rows: contactRows },
  companies: { columns: COMPANY_COLUMNS, rows: companyRows },
} as const;
