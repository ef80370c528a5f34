import { sql } from "drizzle-orm";
import type { DbOrTx } from "./client";
import { rows } from "./sql";

export type InvariantRule =
  | "rls-not-enabled"
  | "rls-not-forced"
  | "no-policy"
  | "no-primary-key"
  | "tenant-id-not-leading-pk"
  | "unique-without-tenant-id"
  | "foreign-key-without-tenant-id";

export interface Violation {
  table: string;
  rule: InvariantRule;
  detail: string;
}

/**
 * Reads the live catalog and lists every tenant-owned table (any table with a `tenant_id` column) that breaks the
 * isolation and distribution rules: RLS enabled, forced and with a policy; `tenant_id` first in the primary key;
 * `tenant_id` in every unique constraint or index; and in every foreign key to another tenant-owned table.
 */
export async function tenantInvariantViolations(db: DbOrTx, schemaName = "public"): Promise<Violation[]> {
  const tables = await rows<{
    oid: number;
    name: string;
    rls: boolean;
    forced: boolean;
    policies: number;
    tenant_attnum: number;
  }>(
    db,
    sql`select c.oid::int as oid, c.relname as name, c.relrowsecurity as rls, c.relforcerowsecurity as forced,
          (select count(*)::int from pg_policy p where p.polrelid = c.oid) as policies,
          a.attnum::int as tenant_attnum
        from pg_class c
        join pg_namespace n on n.oid = c.relnamespace
        join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
        where n.nspname = ${schemaName} and c.relkind in ('r', 'p') and not c.relispartition
        order by c.relname`,
  );
  const violations: Violation[] = [];
  const tenantTables = new Map(tables.map((t) => [t.oid, t]));

  for (const t of tables) {
    if (!t.rls) violations.push({ table: t.name, rule: "rls-not-enabled", detail: "row-level security is off" });
    if (!t.forced)
      violations.push({ table: t.name, rule: "rls-not-forced", detail: "FORCE ROW LEVEL SECURITY is missing" });
    if (t.policies === 0) violations.push({ table: t.name, rule: "no-policy", detail: "no row-level policy" });
  }

  const indexes = await rows<{ table_oid: number; index: string; primary: boolean; keys: string }>(
    db,
    sql`select i.indrelid::int as table_oid, ic.relname as index, i.indisprimary as primary,
          array_to_string(i.indkey, ' ') as keys
        from pg_index i
        join pg_class ic on ic.oid = i.indexrelid
        join pg_class c on c.oid = i.indrelid
        join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = ${schemaName} and (i.indisunique or i.indisprimary)`,
  );
  for (const t of tables) {
    const own = indexes.filter((i) => i.table_oid === t.oid);
    const pk = own.find((i) => i.primary);
    if (!pk) {
      violations.push({ table: t.name, rule: "no-primary-key", detail: "tenant-owned tables need a primary key" });
    } else if (Number(pk.keys.split(" ")[0]) !== t.tenant_attnum) {
      violations.push({
        table: t.name,
        rule: "tenant-id-not-leading-pk",
        detail: `${pk.index} does not start with tenant_id`,
      });
    }
    for (const u of own.filter((i) => !i.primary)) {
      if (!u.keys.split(" ").map(Number).includes(t.tenant_attnum)) {
        violations.push({ table: t.name, rule: "unique-without-tenant-id", detail: `${u.index} omits tenant_id` });
      }
    }
  }

  const fks = await rows<{ name: string; table_oid: number; ref_oid: number; cols: string; ref_cols: string }>(
    db,
    sql`select con.conname as name, con.conrelid::int as table_oid, con.confrelid::int as ref_oid,
          array_to_string(con.conkey, ' ') as cols, array_to_string(con.confkey, ' ') as ref_cols
        from pg_constraint con
        join pg_class c on c.oid = con.conrelid
        join pg_namespace n on n.oid = c.relnamespace
        where con.contype = 'f' and n.nspname = ${schemaName}`,
  );
  for (const fk of fks) {
    const from = tenantTables.get(fk.table_oid);
    const to = tenantTables.get(fk.ref_oid);
    if (!from || !to) continue; // a reference to a global table (tenant, account) is allowed
    const cols = fk.cols.split(" ").map(Number);
    const refCols = fk.ref_cols.split(" ").map(Number);
    const at = cols.indexOf(from.tenant_attnum);
    if (at < 0 || refCols[at] !== to.tenant_attnum) {
      violations.push({
        table: from.name,
        rule: "foreign-key-without-tenant-id",
        detail: `${fk.name} must pair tenant_id with the referenced table's tenant_id`,
      });
    }
  }
  return violations;
}
