// `pnpm seed`: the demo logins and the realistic demo tenant "demo" (as `pnpm dev` makes them), added idempotently.
// `pnpm seed --contacts N`: also the benchmark tenant "bench" (owned by the demo account, so the demo tenant stays
// small and usable), topped up to N contacts by bulk insert, then VACUUM ANALYZE. N = 1000000 takes minutes on
// Postgres (DATABASE_URL); it also works on the embedded PGlite database, many times slower.
import { parseArgs } from "node:util";
import { seedMarketing } from "@abante/api";
import { hashPassword } from "@abante/auth";
import { closeDb, createDb, driverOf, migrate } from "@abante/db";
import { analyzeAfterBulkLoad, BENCH, type BenchProgress, DEMO, seedBench, seedDemo } from "@abante/db/seed";

const { values } = parseArgs({ options: { contacts: { type: "string" }, batch: { type: "string" } } });
const wholeNumber = (v: string | undefined, fallback: number, example: string) => {
  const n = v === undefined ? fallback : Number(v.replaceAll("_", ""));
  if (!Number.isInteger(n) || n < 0) {
    console.error(example);
    process.exit(2);
  }
  return n;
};
const contacts = wholeNumber(values.contacts, -1, "--contacts must be a whole number, e.g. --contacts 1000000");
const batchSize = wholeNumber(values.batch, 5_000, "--batch must be a whole number of rows, e.g. --batch 5000");
if (batchSize < 1) {
  console.error("--batch must be at least 1");
  process.exit(2);
}

const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
const db = createDb();
try {
  await migrate(db);
  // Events, partners and sub-processors for the marketing site (idempotent).
  await seedMarketing(db);
  const passwordHash = await hashPassword(DEMO.password);
  let started = performance.now();
  const demo = await seedDemo(db, { passwordHash });
  const added = Object.entries(demo.created)
    .filter(([, n]) => n > 0)
    .map(([table, n]) => `${n} ${table}`);
  console.log(
    `[abante] demo tenant "${DEMO.tenantSlug}" (${DEMO.email}, ${DEMO.memberEmail}): ` +
      `${added.length ? `added ${added.join(", ")}` : "complete"} in ${((performance.now() - started) / 1000).toFixed(1)}s`,
  );

  if (contacts >= 0) {
    console.log(`[abante] benchmark tenant "${BENCH.tenantSlug}" on ${driverOf(db)}: up to ${fmt(contacts)} contacts`);
    started = performance.now();
    let lastPrint = 0;
    const onProgress = (p: BenchProgress) => {
      // A line every few seconds and at the end of each table: enough to see it move, not a flood.
      if (p.done < p.total && p.elapsedMs - lastPrint < 3_000) return;
      lastPrint = p.elapsedMs;
      const rate = p.done / Math.max(p.elapsedMs / 1000, 0.001);
      console.log(
        `  ${p.table.padEnd(7)} ${fmt(p.done).padStart(11)} / ${fmt(p.total)}` +
          ` (${((100 * p.done) / Math.max(p.total, 1)).toFixed(0)}%)  ${fmt(rate)} rows/s  ${(p.elapsedMs / 1000).toFixed(0)}s`,
      );
    };
    const r = await seedBench(db, { contacts, passwordHash, batchSize, onProgress });
    const loaded = (performance.now() - started) / 1000;
    console.log(
      `[abante] benchmark tenant: added ${fmt(r.companiesCreated)} companies and ${fmt(r.contactsCreated)} contacts ` +
        `in ${loaded.toFixed(1)}s (${fmt(r.contactsCreated / Math.max(loaded, 0.001))} contacts/s); ` +
        `${fmt(r.contacts)} contacts in total`,
    );
    if (r.contactsCreated + r.companiesCreated > 0) {
      const t = performance.now();
      await analyzeAfterBulkLoad(db);
      console.log(`[abante] VACUUM ANALYZE done in ${((performance.now() - t) / 1000).toFixed(1)}s`);
    }
  }
} finally {
  await closeDb(db);
}
