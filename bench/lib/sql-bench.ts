// b) keyset pagination at depth 100,000 against page 1, with OFFSET for contrast, and c) trigram search against a
// forced sequential scan of the same predicate. Both run as the application role inside a tenant transaction, as
// the API's queries do (row-level security included), with the SQL shape of the contact list
// (packages/db/src/queries/contact.ts): company name by a subquery (evaluated for the page's rows only), ordered by
// lower(last_name), lower(first_name), id.
import postgres from "postgres";
import { atMost, type Check, interleaved, ms, summarize, timed } from "./measure";

const APP_ROLE = "abante_app";

const LIST = `
  select c.id, c.first_name, c.last_name, c.email, c.phone, c.job_title, c.company_id,
    (select co.name from company co where co.tenant_id = c.tenant_id and co.id = c.company_id) as company_name,
    c.owner_account_id, c.tags, c.created_at,
    json_build_array(lower(c.last_name)::text, lower(c.first_name)::text, c.id::text)::text as _key
  from contact c
  where c.tenant_id = $1`;
const ORDER = `order by lower(c.last_name) asc, lower(c.first_name) asc, c.id asc limit 51`;
export const PAGE_1 = `${LIST} ${ORDER}`;
export const KEYSET = `${LIST} and (lower(c.last_name), lower(c.first_name), c.id) > ($2::text, $3::text, $4::uuid) ${ORDER}`;
export const OFFSET = `${PAGE_1} offset $2`;
export const SEARCH = `${LIST} and c.search_text ilike $2 ${ORDER}`;

/** Runs `fn` in a transaction confined to the tenant, as the application role, like `withTenant`. */
async function inTenant<T>(
  pg: postgres.Sql,
  tenantId: string,
  fn: (tx: postgres.TransactionSql) => Promise<T>,
  settings: readonly string[] = [],
): Promise<T> {
  return (await pg.begin(async (tx) => {
    await tx`select set_config('app.tenant_id', ${tenantId}, true)`;
    for (const s of settings) await tx.unsafe(`set local ${s}`);
    return fn(tx);
  })) as T;
}

/** The plan's node types and index names, e.g. "Limit > Sort > Bitmap Heap Scan > Bitmap Index Scan(contact_search_trgm_idx)". */
async function planOf(tx: postgres.TransactionSql, text: string, params: unknown[]): Promise<string> {
  type Node = { "Node Type": string; "Index Name"?: string; Plans?: Node[] };
  const [row] = await tx.unsafe(`explain (format json) ${text}`, params as never[]);
  const plan = (row as unknown as { "QUERY PLAN": [{ Plan: Node }] })["QUERY PLAN"][0].Plan;
  const names: string[] = [];
  const walk = (n: Node) => {
    names.push(n["Index Name"] ? `${n["Node Type"]}(${n["Index Name"]})` : n["Node Type"]);
    for (const c of n.Plans ?? []) walk(c);
  };
  walk(plan);
  return names.join(" > ");
}

export interface SqlBenchOptions {
  databaseUrl: string;
  tenantId: string;
  depth: number;
  rounds: number;
  warmup: number;
  log: (line: string) => void;
}

/**
 * Under row-level security the planner may use a condition to search an index only when every function in it is
 * LEAKPROOF (it must not run on rows the policy hides). lower(text) and texticlike (ILIKE) are not by default, so the
 * keyset condition and the trigram search become filters after a scan; this reports the flags next to the plans.
 */
async function leakproof(pg: postgres.Sql): Promise<Record<string, boolean>> {
  const found = await pg.unsafe(
    `select p.oid::regprocedure::text as fn, p.proleakproof as leakproof from pg_proc p
     where p.oid in ('lower(text)'::regprocedure, 'texticlike(text,text)'::regprocedure, 'record_gt(record,record)'::regprocedure)`,
  );
  return Object.fromEntries(found.map((r) => [String(r.fn), Boolean(r.leakproof)]));
}

type Run = (text: string, params: unknown[], settings?: readonly string[]) => Promise<postgres.RowList<postgres.Row[]>>;

/** Opens an application-role pool for one part of the benchmark and closes it afterwards. */
async function withPool<T>(o: SqlBenchOptions, fn: (pg: postgres.Sql, run: Run) => Promise<T>): Promise<T> {
  const pg = postgres(o.databaseUrl, { max: 2, onnotice: () => {}, connection: { options: `-c role=${APP_ROLE}` } });
  try {
    const run: Run = (text, params, settings = []) =>
      inTenant(pg, o.tenantId, (tx) => tx.unsafe(text, params as never[]), settings);
    return await fn(pg, run);
  } finally {
    await pg.end({ timeout: 5 });
  }
}

/** b) Keyset page at depth `o.depth` against page 1; OFFSET to the same depth for contrast. */
export function benchKeyset(o: SqlBenchOptions): Promise<{ checks: Check[]; data: Record<string, unknown> }> {
  return withPool(o, async (pg, run) => {
    // The cursor after row `depth` is that row's key, exactly what the API's cursor carries.
    const [key] = await inTenant(pg, o.tenantId, (tx) =>
      tx.unsafe(
        `select lower(c.last_name) as l, lower(c.first_name) as f, c.id::text as id from contact c
         where c.tenant_id = $1 order by lower(c.last_name), lower(c.first_name), c.id offset $2 limit 1`,
        [o.tenantId, o.depth - 1],
      ),
    );
    if (!key) throw new Error(`the benchmark tenant has fewer than ${o.depth} contacts`);
    const keysetParams = [o.tenantId, key.l, key.f, key.id];
    const deep = await run(KEYSET, keysetParams);
    const offset = await run(OFFSET, [o.tenantId, o.depth]);
    // The two ways of reaching row depth+1 must agree, or the comparison means nothing.
    if (deep.length !== 51 || deep.map((r) => r.id).join() !== offset.map((r) => r.id).join()) {
      throw new Error("keyset page and OFFSET page differ: the keyset SQL is wrong");
    }
    const plans = await inTenant(pg, o.tenantId, async (tx) => ({
      page1: await planOf(tx, PAGE_1, [o.tenantId]),
      keyset: await planOf(tx, KEYSET, keysetParams),
      offset: await planOf(tx, OFFSET, [o.tenantId, o.depth]),
    }));
    o.log(`  page 1 plan: ${plans.page1}`);
    o.log(`  keyset plan: ${plans.keyset}`);
    o.log(`  offset plan: ${plans.offset}`);
    const flags = await leakproof(pg);
    o.log(
      `  LEAKPROOF: ${Object.entries(flags)
        .map(([fn, v]) => `${fn}=${v}`)
        .join(", ")}`,
    );
    const k = await interleaved(
      o.rounds,
      o.warmup,
      () => run(PAGE_1, [o.tenantId]),
      () => run(KEYSET, keysetParams),
      60_000,
    );
    o.log(`  ${k.rounds} rounds of page 1 and the deep page, interleaved`);
    const page1 = summarize(k.a);
    const keyset = summarize(k.b);
    const offsetRuns: number[] = [];
    for (let i = 0; i < 5; i++) offsetRuns.push((await timed(() => run(OFFSET, [o.tenantId, o.depth]))).ms);
    const off = summarize(offsetRuns);
    const depth = o.depth.toLocaleString("en-US");
    const checks: Check[] = [
      {
        name: `keyset page at depth ${depth} vs page 1 (p50)`,
        measured: ms(keyset.p50),
        baseline: ms(page1.p50),
        ratio: keyset.p50 / page1.p50,
        target: "≤ 1.5×",
        verdict: atMost(keyset.p50 / page1.p50, 1.5),
      },
      {
        name: `keyset page at depth ${depth} vs page 1 (p99)`,
        measured: ms(keyset.p99),
        baseline: ms(page1.p99),
        ratio: keyset.p99 / page1.p99,
        verdict: "INFO",
      },
      {
        name: `OFFSET ${depth} vs page 1 (p50, for contrast)`,
        measured: ms(off.p50),
        baseline: ms(page1.p50),
        ratio: off.p50 / page1.p50,
        verdict: "INFO",
      },
    ];
    return { checks, data: { depth: o.depth, page1, keyset, offset: off, plans, leakproof: flags } };
  });
}

/** c) Trigram search (the GIN index) against a forced sequential scan of the same predicate. */
export function benchSearch(o: SqlBenchOptions): Promise<{ checks: Check[]; data: Record<string, unknown> }> {
  return withPool(o, async (pg, run) => {
    // Terms a user would type, taken from a row of the tenant: a surname, a company, an e-mail address.
    const [sample] = await inTenant(pg, o.tenantId, (tx) =>
      tx.unsafe(
        `select lower(c.last_name) as last, lower(c.email) as email, lower(co.name) as company
         from contact c join company co on co.tenant_id = c.tenant_id and co.id = c.company_id
         where c.tenant_id = $1 order by c.id offset $2 limit 1`,
        [o.tenantId, Math.floor(o.depth / 2)],
      ),
    );
    if (!sample) throw new Error("the benchmark tenant has no contact with a company");
    const terms = [
      { label: "surname", term: String(sample.last) },
      { label: "company", term: String(sample.company) },
      { label: "e-mail", term: String(sample.email).split("@")[0]! },
    ];
    const seqScan = ["enable_indexscan = off", "enable_bitmapscan = off", "enable_indexonlyscan = off"];
    const rounds = Math.max(5, Math.min(15, Math.floor(o.rounds / 20)));
    const checks: Check[] = [];
    const searches: Record<string, unknown>[] = [];
    const flags = await leakproof(pg);
    o.log(
      `  LEAKPROOF: ${Object.entries(flags)
        .map(([fn, v]) => `${fn}=${v}`)
        .join(", ")}`,
    );
    for (const { label, term } of terms) {
      const params = [o.tenantId, `%${term.replace(/[\\%_]/g, "\\$&")}%`];
      const indexed = await inTenant(pg, o.tenantId, (tx) => planOf(tx, SEARCH, params));
      const forced = await inTenant(pg, o.tenantId, (tx) => planOf(tx, SEARCH, params), seqScan);
      const [counted] = await run(
        "select count(*)::int as n from contact where tenant_id = $1 and search_text ilike $2",
        params,
      );
      const n = Number(counted?.n ?? 0);
      o.log(`  "${term}" (${label}, ${n} matches)`);
      o.log(`    indexed: ${indexed}`);
      o.log(`    forced:  ${forced}`);
      const s = await interleaved(
        rounds,
        1,
        () => run(SEARCH, params),
        () => run(SEARCH, params, seqScan),
        30_000,
      );
      o.log(`    ${s.rounds} rounds each, interleaved`);
      const idx = summarize(s.a);
      const seq = summarize(s.b);
      checks.push({
        name: `trigram search "${term}" (${label}, ${n} hits) vs seq scan (p50)`,
        measured: ms(idx.p50),
        baseline: ms(seq.p50),
        ratio: idx.p50 / seq.p50,
        target: "≤ 0.05×",
        verdict: atMost(idx.p50 / seq.p50, 0.05),
      });
      searches.push({ label, term, matches: n, indexed: idx, seqScan: seq, plans: { indexed, forced } });
    }
    return { checks, data: { searches, leakproof: flags } };
  });
}
