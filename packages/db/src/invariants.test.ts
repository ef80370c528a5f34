import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appliedMigrations, migrate, migrationsFolder } from "./client";
import { tenantInvariantViolations } from "./invariants";
import { createTestDb, type TestDb } from "./testing";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t?.close());

describe("P23 schema invariants (read from the live catalog)", () => {
  it("every tenant-owned table has forced RLS with a policy, tenant_id leading its keys", async () => {
    expect(await tenantInvariantViolations(t.db)).toEqual([]);
  });

  it("finds the tenant-owned tables it checks (the detector is not vacuous)", async () => {
    // Breaking contact in a scratch schema copy is heavier than asserting the checker sees the real tables.
    await t.ownerExec(`alter table contact no force row level security`);
    try {
      const v = await tenantInvariantViolations(t.db);
      expect(v).toEqual([{ table: "contact", rule: "rls-not-forced", detail: "FORCE ROW LEVEL SECURITY is missing" }]);
    } finally {
      await t.ownerExec(`alter table contact force row level security`);
    }
  });

  it("detects each broken rule on temporary bad tables", async () => {
    await t.ownerExec(`
      create schema scratch;
      create table scratch.no_rls (tenant_id uuid not null, id uuid not null, primary key (tenant_id, id));
      create table scratch.bad_pk (id uuid primary key, tenant_id uuid not null);
      alter table scratch.bad_pk enable row level security;
      alter table scratch.bad_pk force row level security;
      create policy p on scratch.bad_pk using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
      create table scratch.parent (tenant_id uuid not null, id uuid not null, email text,
        primary key (tenant_id, id), unique (id), unique (email));
      alter table scratch.parent enable row level security;
      alter table scratch.parent force row level security;
      create policy p on scratch.parent using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
      create table scratch.child (tenant_id uuid not null, id uuid not null, parent_id uuid references scratch.parent (id),
        primary key (tenant_id, id));
      alter table scratch.child enable row level security;
      alter table scratch.child force row level security;
      create policy p on scratch.child using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
      create table scratch.global_table (id uuid primary key, name text unique)
    `);
    try {
      const v = await tenantInvariantViolations(t.db, "scratch");
      const found = v.map((x) => `${x.table}:${x.rule}`).sort();
      expect(found).toEqual(
        [
          "no_rls:rls-not-enabled",
          "no_rls:rls-not-forced",
          "no_rls:no-policy",
          "bad_pk:tenant-id-not-leading-pk",
          "parent:unique-without-tenant-id",
          "parent:unique-without-tenant-id",
          "child:foreign-key-without-tenant-id",
        ].sort(),
      );
    } finally {
      await t.ownerExec(`drop schema scratch cascade`);
    }
  });
});

describe("migrations", () => {
  it("are all applied, and applying them again changes nothing", async () => {
    const journal = JSON.parse(readFileSync(join(migrationsFolder, "meta", "_journal.json"), "utf8")) as {
      entries: unknown[];
    };
    expect(await appliedMigrations(t.db)).toBe(journal.entries.length);
    await migrate(t.db);
    await migrate(t.db);
    expect(await appliedMigrations(t.db)).toBe(journal.entries.length);
    expect(await tenantInvariantViolations(t.db)).toEqual([]);
  });
});
