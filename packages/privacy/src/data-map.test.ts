// The data map against the live, migrated schema (PGlite, or Postgres with DATABASE_URL): export, erasure and the
// legal pages rely on it, so it must name real columns and miss none that obviously hold personal data.
import { rows } from "@abante/db";
import { createTestDb, type TestDb } from "@abante/db/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataCategoryKeys, dataMap, retentionRuleKeys } from "./index";

let testDb: TestDb;
/** table → its columns, for ordinary and partitioned tables (not the partitions themselves). */
const schemaColumns = new Map<string, Set<string>>();

beforeAll(async () => {
  testDb = await createTestDb();
  const found = await rows<{ table_name: string; column_name: string }>(
    testDb.db,
    sql`select c.relname as table_name, a.attname as column_name
        from pg_class c
        join pg_namespace n on n.oid = c.relnamespace
        join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
        where n.nspname = current_schema() and c.relkind in ('r', 'p') and not c.relispartition`,
  );
  for (const { table_name, column_name } of found) {
    if (!schemaColumns.has(table_name)) schemaColumns.set(table_name, new Set());
    schemaColumns.get(table_name)!.add(column_name);
  }
});

afterAll(async () => {
  await testDb?.close();
});

/** Column names that hold personal data wherever they appear. */
const personalColumn =
  /^(email|.*_email|.*_emails|phone|.*_phone|.*_phones|ip|user_agent|first_name|last_name|to_address|subject_email_hash|consent_id)$/;

describe("data map vs the live schema", () => {
  it("reads the schema (sanity: the tables the map is about exist)", () => {
    expect(schemaColumns.size).toBeGreaterThan(20);
    expect(schemaColumns.get("account")).toContain("email");
    const personal = [...schemaColumns.values()].flatMap((columns) =>
      [...columns].filter((c) => personalColumn.test(c)),
    );
    expect(personal.length).toBeGreaterThan(15);
  });

  it("names only tables that exist", () => {
    const missing = dataMap.map((e) => e.table).filter((t) => !schemaColumns.has(t));
    expect(missing).toEqual([]);
  });

  it("names only columns that exist", () => {
    const missing = dataMap.flatMap((e) =>
      e.columns.filter((c) => !schemaColumns.get(e.table)?.has(c)).map((c) => `${e.table}.${c}`),
    );
    expect(missing).toEqual([]);
  });

  it("lists each table once, with each column once", () => {
    const tables = dataMap.map((e) => e.table);
    expect(new Set(tables).size).toBe(tables.length);
    for (const e of dataMap) expect(new Set(e.columns).size, e.table).toBe(e.columns.length);
  });

  it("P17 P18 misses no column that obviously holds personal data (e-mail, phone, IP, names, user agent)", () => {
    const mapped = new Set(dataMap.flatMap((e) => e.columns.map((c) => `${e.table}.${c}`)));
    const unmapped = [...schemaColumns].flatMap(([table, columns]) =>
      [...columns].filter((c) => personalColumn.test(c) && !mapped.has(`${table}.${c}`)).map((c) => `${table}.${c}`),
    );
    expect(unmapped).toEqual([]);
  });

  it("P8 P19 makes the customer the controller of exactly the tenant-owned tables", () => {
    for (const e of dataMap) {
      const tenantOwned = schemaColumns.get(e.table)?.has("tenant_id") ?? false;
      expect(e.controller, e.table).toBe(tenantOwned ? "customer" : "abante");
    }
  });

  it("uses only known retention rules and data categories", () => {
    for (const e of dataMap) {
      expect(retentionRuleKeys, e.table).toContain(e.retention);
      expect(e.columns.length, e.table).toBeGreaterThan(0);
      expect(e.categories.length, e.table).toBeGreaterThan(0);
      for (const c of e.categories) expect(dataCategoryKeys, e.table).toContain(c);
    }
  });

  it("P26 puts the request log under the request-log rule", () => {
    expect(dataMap.find((e) => e.table === "request_log")?.retention).toBe("requestLog");
    expect(dataMap.find((e) => e.table === "session")?.retention).toBe("session");
  });
});
