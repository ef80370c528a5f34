// `pnpm seed`: the demo logins and the realistic demo tenant "demo" (as `pnpm dev` makes them), added idempotently.
// `pnpm seed --contacts N`: also the benchmark tenant "bench" (owned by the demo account, so the demo tenant stays
// small and usable), topped up to N contacts by bulk insert, then VACUUM ANALYZE. N = 1000000 takes minutes on
// Postgres (DATABASE_URL); it also works on the embedded PGlite database, many times slower.
import { seedMarketing } from "@abante/api";
import { hashPassword } from "@abante/auth";
import { closeDb, createDb, driverOf, migrate } from "@abante/db";
import { analyzeAfterBulkLoad, BENCH, type BenchProgress, DEMO, seedBench, seedDemo } from "@abante/db/seed";
import { parseSeedArgs } from "./seed-args";

const parsed = parseSeedArgs(process.argv.slice(2));
if ("error" in parsed) {
  console.error(parsed.error);
  process.exit(2);
}
const { contacts, batchSize } = parsed;

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

  if (contacts !== null) {
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
