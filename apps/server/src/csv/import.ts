// CSV import of contacts and companies (F3): rows are read as the upload streams in, validated with the same zod
// field schemas as the forms and the API, deduplicated, and written in batches, each in its own short tenant
// transaction (a million-row file never holds one transaction, or PGlite's single connection, for minutes).
// Rows of batches already written stay written if the upload breaks off later; the report says what happened.

import { type Db, rows, schema, type TenantTx, withTenant } from "@abante/db";
import { companySearchText, contactSearchText } from "@abante/db/queries";
import { companyFields, contactFields } from "@abante/validators";
import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import type { z } from "zod";
import { normalizeDomain, parseBoolean, parseTimestamp, splitList, unescapeCell } from "./cells";
import {
  type ColumnMapping,
  type CompanyImportField,
  type ContactImportField,
  mapCompanyColumns,
  mapContactColumns,
} from "./columns";
import { CsvFileError, openCsv } from "./reader";
import { type ImportReport, ReportBuilder, type RowIssue } from "./report";

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** Rows written per transaction. */
export const IMPORT_BATCH = 500;

export interface ImportOptions {
  db: Db;
  tenantId: string;
  /** The file's bytes as they arrive (the request body). */
  source: AsyncIterable<Uint8Array | string>;
  /** From the Content-Type header, when the client named one. */
  charset?: string;
  maxBytes?: number;
  now: () => Date;
  batchSize?: number;
}

/** Raised when the file as a whole cannot be imported; rows written before that are in `report`. */
export class ImportFileError extends CsvFileError {
  constructor(
    cause: CsvFileError,
    readonly report: ImportReport | null,
  ) {
    super(cause.status, cause.message);
    this.name = "ImportFileError";
  }
}

const MAX_LIST_ITEMS = 21;

/** Fields holding several values, separated by ";" (or ","). */
const LIST_FIELDS: ReadonlySet<string> = new Set(["extra_emails", "extra_phones", "tags"]);

/**
 * The import stopped on a fault of ours (the database, most likely); rows of earlier batches stay written and are in
 * `report`. `code` is the SQLSTATE when there is one. The original error stays in `cause`, not in the message: a
 * failed batch insert carries every value of the batch, which must not reach a log.
 */
export class ImportFailedError extends Error {
  readonly code: string | undefined;
  constructor(
    cause: unknown,
    readonly report: ImportReport | null,
  ) {
    super("The import stopped because of an error on our side.", { cause });
    this.name = "ImportFailedError";
    this.code = pgCode(cause);
  }
}

type Read<T> = { ok: true; value: T } | { ok: false; errors: RowIssue[] };

interface Kind<F extends string, Row> {
  map(header: readonly string[]): ColumnMapping<F>;
  /** Why a file without the columns a row needs is refused; undefined when it has them. */
  missing(mapping: ColumnMapping<F>): string | undefined;
  read(line: number, cells: Partial<Record<F, string>>, lists: Partial<Record<F, string[]>>): Read<Row>;
  /** A writer for one import: writes a batch of valid rows in one transaction and reports the outcome. */
  writer(db: Db, tenantId: string): (rows: Row[], report: ReportBuilder, now: Date) => Promise<void>;
}

/** What a file's columns hold, for the "no such column" message. */
function describeColumns(header: readonly string[]): string {
  const shown = header.filter((h) => h.trim()).slice(0, 12);
  if (shown.length === 0) return "The first line holds no column names.";
  return `Columns found: ${shown.map((h) => `"${h.slice(0, 40)}"`).join(", ")}${header.length > 12 ? ", …" : ""}.`;
}

async function runImport<F extends string, Row>(kind: Kind<F, Row>, opts: ImportOptions): Promise<ImportReport> {
  let report: ReportBuilder | undefined;
  try {
    const csv = await openCsv(opts.source, { charset: opts.charset, maxBytes: opts.maxBytes ?? MAX_IMPORT_BYTES });
    const mapping = kind.map(csv.header);
    const missing = kind.missing(mapping);
    if (missing) throw new CsvFileError(400, `${missing} ${describeColumns(csv.header)}`);
    const builder = new ReportBuilder(mapping.ignored);
    report = builder;
    const batchSize = opts.batchSize ?? IMPORT_BATCH;
    const write = kind.writer(opts.db, opts.tenantId);
    let pending: Row[] = [];
    for await (const items of csv.batches()) {
      for (const item of items) {
        if (!item.ok) {
          builder.rejected(item.line, [{ field: "_", message: item.message }]);
          continue;
        }
        const cells: Partial<Record<F, string>> = {};
        const lists: Partial<Record<F, string[]>> = {};
        item.fields.forEach((raw, i) => {
          const field = mapping.fields[i];
          if (!field) return;
          const value = unescapeCell(raw);
          if (LIST_FIELDS.has(field)) {
            // List fields may come from several columns ("E-mail 2", "E-mail 3"); others from one.
            // Past the schemas' limits (10 addresses, 20 tags) one more item is enough to be refused: a cell of
            // thousands is not validated item by item.
            lists[field] = (lists[field] ?? []).concat(splitList(value)).slice(0, MAX_LIST_ITEMS);
          } else cells[field] = value;
        });
        const row = kind.read(item.line, cells, lists);
        if (!row.ok) {
          builder.rejected(item.line, row.errors);
          continue;
        }
        pending.push(row.value);
        if (pending.length >= batchSize) {
          await write(pending, builder, opts.now());
          pending = [];
        }
      }
    }
    if (pending.length) await write(pending, builder, opts.now());
    return builder.result();
  } catch (err) {
    if (err instanceof CsvFileError) throw new ImportFileError(err, report?.result() ?? null);
    throw new ImportFailedError(err, report?.result() ?? null);
  }
}

/** The SQLSTATE of a database error, through Drizzle's wrapper. */
function pgCode(err: unknown): string | undefined {
  for (let e = err as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 4; depth++) {
    if (typeof e.code === "string" && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
    e = e.cause as typeof e;
  }
  return undefined;
}

/** zod's field path (firstName, extraEmails.1) as the CSV column it came from (first_name, extra_emails). */
function columnOf(path: readonly PropertyKey[]): string {
  const key = path[0];
  if (typeof key !== "string") return "_";
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

function zodIssues(error: z.ZodError): RowIssue[] {
  return error.issues.map((issue) => ({ field: columnOf(issue.path), message: issue.message }));
}

function readCreatedAt(cell: string | undefined, errors: RowIssue[]): Date | null {
  if (cell === undefined || cell.trim() === "") return null;
  const at = parseTimestamp(cell);
  if (!at) errors.push({ field: "created_at", message: "Use a date like 2024-05-31 or 2024-05-31T09:30:00Z." });
  return at ?? null;
}

/** A text[] value with one bound parameter per element (the same SQL on PGlite and postgres.js). */
function textArray(values: readonly string[]): SQL {
  return sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;
}

// Contacts --------------------------------------------------------------------------------------------------------

type ContactData = z.output<typeof contactFields>;

interface ContactRow {
  line: number;
  data: ContactData;
  companyName: string | null;
  createdAt: Date | null;
}

/** "Ada Lovelace" → Ada / Lovelace; "Lovelace, Ada" → Ada / Lovelace; "Ada" → Ada / "". */
export function splitFullName(full: string): { firstName: string; lastName: string } {
  const name = full.trim().replace(/\s+/g, " ");
  const comma = name.indexOf(",");
  if (comma > 0) return { firstName: name.slice(comma + 1).trim(), lastName: name.slice(0, comma).trim() };
  const space = name.lastIndexOf(" ");
  if (space < 0) return { firstName: name, lastName: "" };
  return { firstName: name.slice(0, space), lastName: name.slice(space + 1) };
}

const companyName = companyFields.shape.name;

const contacts: Kind<ContactImportField, ContactRow> = {
  map: mapContactColumns,
  missing: (m) =>
    m.fields.some((f) => f === "first_name" || f === "full_name")
      ? undefined
      : 'The file has no column for the first name: call one "first_name" (or "First Name", "Given name", "Name").',
  read(line, cells, lists) {
    const errors: RowIssue[] = [];
    let firstName = cells.first_name ?? "";
    let lastName = cells.last_name ?? "";
    if (!firstName.trim() && cells.full_name?.trim()) {
      const split = splitFullName(cells.full_name);
      firstName = split.firstName;
      if (!lastName.trim()) lastName = split.lastName;
    }
    let marketingConsent = false;
    if (cells.marketing_consent !== undefined) {
      const consent = parseBoolean(cells.marketing_consent);
      if (consent === undefined) errors.push({ field: "marketing_consent", message: "Use yes or no (true or false)." });
      marketingConsent = consent ?? false;
    }
    const createdAt = readCreatedAt(cells.created_at, errors);
    let company: string | null = null;
    if (cells.company?.trim()) {
      const name = companyName.safeParse(cells.company);
      if (name.success) company = name.data;
      else errors.push(...name.error.issues.map((i) => ({ field: "company", message: i.message })));
    }
    const parsed = contactFields.safeParse({
      firstName,
      lastName,
      email: cells.email ?? null,
      phone: cells.phone ?? null,
      extraEmails: lists.extra_emails ?? [],
      extraPhones: lists.extra_phones ?? [],
      jobTitle: cells.job_title ?? null,
      tags: lists.tags ?? [],
      notes: cells.notes ?? null,
      marketingConsent,
    });
    if (!parsed.success) errors.unshift(...zodIssues(parsed.error));
    if (errors.length || !parsed.success) return { ok: false, errors };
    return { ok: true, value: { line, data: parsed.data, companyName: company, createdAt } };
  },
  writer(db, tenantId) {
    const companies: CompanyCache = new Map();
    return async (rows, report, now) => {
      try {
        await writeContacts(db, tenantId, rows, report, now, companies);
      } catch (err) {
        // A remembered company was deleted meanwhile (foreign key violation): look the names up again, once.
        if (pgCode(err) !== "23503") throw err;
        companies.clear();
        await writeContacts(db, tenantId, rows, report, now, companies);
      }
    };
  },
};

// Why the queries below look the way they do: under row-level security Postgres uses a condition as an index
// condition only when its functions are LEAKPROOF. Migration 0010 marks lower() so where it runs as a superuser;
// elsewhere every `lower(…) = …` lookup reads all of the tenant's rows. So existing addresses are not looked up at
// all: the unique (tenant_id, lower(email)) index enforces itself on insert either way, and INSERT … ON CONFLICT
// DO NOTHING skips them. Company names (no unique index) are looked up in one query per batch for all its names,
// and remembered for the rest of the file.

/** Companies of the tenant by lower-cased name; when several share a name, the oldest. */
async function findCompanies(tx: TenantTx, tenantId: string, names: string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  if (names.length === 0) return found;
  const hits = await rows<{ id: string; name: string }>(
    tx,
    sql`select id, name from company
        where tenant_id = ${tenantId} and lower(name) = any(${textArray(names)})
        order by created_at desc, id desc`,
  );
  // Newest first, so that the oldest of a name is written last and wins.
  for (const c of hits) found.set(c.name.toLowerCase(), c.id);
  return found;
}

const duplicateEmail: RowIssue[] = [{ field: "email", message: "A contact with this email address already exists." }];

/** Company ids by lower-cased name, across the batches of one import. */
type CompanyCache = Map<string, string>;

async function writeContacts(
  db: Db,
  tenantId: string,
  batch: ContactRow[],
  report: ReportBuilder,
  now: Date,
  companies: CompanyCache,
) {
  // Earlier rows of this batch; earlier batches of the file are in the table and caught by the unique index.
  const seen = new Set<string>();
  const candidates: ContactRow[] = [];
  const duplicates: ContactRow[] = [];
  for (const row of batch) {
    const key = row.data.email?.toLowerCase();
    if (key && seen.has(key)) duplicates.push(row);
    else {
      if (key) seen.add(key);
      candidates.push(row);
    }
  }
  const outcome = await withTenant(db, tenantId, async (tx) => {
    // The companies the rows name: known from earlier batches, found in the tenant, or created here.
    const wanted = new Map<string, string>();
    for (const r of candidates) {
      const key = r.companyName?.toLowerCase();
      if (key && !companies.has(key) && !wanted.has(key)) wanted.set(key, r.companyName!);
    }
    const found = await findCompanies(tx, tenantId, [...wanted.keys()]);
    const created = new Map<string, { id: string; name: string }>();
    for (const [key, name] of wanted) if (!found.has(key)) created.set(key, { id: uuidv7(), name });
    if (created.size) {
      await tx.insert(schema.company).values(
        [...created.values()].map((c) => ({
          id: c.id,
          tenantId,
          name: c.name,
          searchText: companySearchText({ name: c.name }),
          createdAt: now,
          updatedAt: now,
        })),
      );
    }
    const companyId = (name: string | null) => {
      const key = name?.toLowerCase();
      if (!key) return null;
      return companies.get(key) ?? found.get(key) ?? created.get(key)?.id ?? null;
    };
    const values = candidates.map((r) => {
      const d = r.data;
      return {
        id: uuidv7(),
        tenantId,
        firstName: d.firstName,
        lastName: d.lastName,
        email: d.email ?? null,
        phone: d.phone ?? null,
        extraEmails: d.extraEmails,
        extraPhones: d.extraPhones,
        jobTitle: d.jobTitle,
        companyId: companyId(r.companyName),
        tags: d.tags,
        notes: d.notes,
        marketingConsent: d.marketingConsent,
        marketingConsentAt: d.marketingConsent ? now : null,
        searchText: contactSearchText({ ...d, companyName: r.companyName }),
        createdAt: r.createdAt ?? now,
        updatedAt: now,
      };
    });
    // An address already in the tenant (from before, from an earlier batch, or from a form submitted meanwhile)
    // trips the unique index: the row is skipped and reported as a duplicate.
    const inserted = values.length
      ? await tx.insert(schema.contact).values(values).onConflictDoNothing().returning({ id: schema.contact.id })
      : [];
    const ids = new Set(inserted.map((r) => r.id));
    // A company created only for rows that turned out to be duplicates goes again: a skipped row changes nothing.
    const used = new Set(values.filter((v) => ids.has(v.id)).map((v) => v.companyId));
    const unused = [...created.values()].filter((c) => !used.has(c.id)).map((c) => c.id);
    if (unused.length) {
      await tx
        .delete(schema.company)
        .where(and(eq(schema.company.tenantId, tenantId), inArray(schema.company.id, unused)));
    }
    return {
      written: ids.size,
      skipped: candidates.filter((_, i) => !ids.has(values[i]!.id)),
      known: [...found, ...[...created].filter(([, c]) => used.has(c.id)).map(([k, c]) => [k, c.id] as const)],
    };
  });
  // The report and the cache change only after the commit, so a failed batch never counts.
  for (const [key, id] of outcome.known) companies.set(key, id);
  report.imported(outcome.written);
  for (const row of duplicates.concat(outcome.skipped)) report.duplicate(row.line, duplicateEmail);
}

// Companies -------------------------------------------------------------------------------------------------------

type CompanyData = z.output<typeof companyFields>;

interface CompanyRow {
  line: number;
  data: CompanyData;
  createdAt: Date | null;
}

const companies: Kind<CompanyImportField, CompanyRow> = {
  map: mapCompanyColumns,
  missing: (m) =>
    m.fields.includes("name")
      ? undefined
      : 'The file has no column for the company name: call one "name" (or "Company", "Company Name", "Organization").',
  read(line, cells, lists) {
    const errors: RowIssue[] = [];
    const createdAt = readCreatedAt(cells.created_at, errors);
    const parsed = companyFields.safeParse({
      name: cells.name ?? "",
      domain: cells.domain === undefined ? null : normalizeDomain(cells.domain),
      phone: cells.phone ?? null,
      address: cells.address ?? null,
      industry: cells.industry ?? null,
      tags: lists.tags ?? [],
      notes: cells.notes ?? null,
    });
    if (!parsed.success) errors.unshift(...zodIssues(parsed.error));
    if (errors.length || !parsed.success) return { ok: false, errors };
    return { ok: true, value: { line, data: parsed.data, createdAt } };
  },
  writer: (db, tenantId) => (rows, report, now) => writeCompanies(db, tenantId, rows, report, now),
};

const duplicateName: RowIssue[] = [{ field: "name", message: "A company with this name already exists." }];

async function writeCompanies(db: Db, tenantId: string, batch: CompanyRow[], report: ReportBuilder, now: Date) {
  const seen = new Set<string>();
  const candidates: CompanyRow[] = [];
  const duplicates: CompanyRow[] = [];
  for (const row of batch) {
    const key = row.data.name.toLowerCase();
    if (seen.has(key)) duplicates.push(row);
    else {
      seen.add(key);
      candidates.push(row);
    }
  }
  const written = await withTenant(db, tenantId, async (tx) => {
    // One pass over the tenant's companies per batch (see the note above findCompanies).
    const taken = await findCompanies(
      tx,
      tenantId,
      candidates.map((r) => r.data.name.toLowerCase()),
    );
    const fresh = candidates.filter((r) => !taken.has(r.data.name.toLowerCase()));
    if (fresh.length) {
      await tx.insert(schema.company).values(
        fresh.map((r) => {
          const d = r.data;
          return {
            id: uuidv7(),
            tenantId,
            name: d.name,
            domain: d.domain,
            phone: d.phone ?? null,
            address: d.address,
            industry: d.industry,
            tags: d.tags,
            notes: d.notes,
            searchText: companySearchText(d),
            createdAt: r.createdAt ?? now,
            updatedAt: now,
          };
        }),
      );
    }
    return fresh;
  });
  report.imported(written.length);
  const done = new Set(written);
  for (const row of duplicates.concat(candidates.filter((r) => !done.has(r))))
    report.duplicate(row.line, duplicateName);
}

export function importContacts(opts: ImportOptions): Promise<ImportReport> {
  return runImport(contacts, opts);
}

export function importCompanies(opts: ImportOptions): Promise<ImportReport> {
  return runImport(companies, opts);
}
