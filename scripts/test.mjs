// `npm test` / `pnpm test`: every package's tests through turbo, then one total line for the whole repository.
// Runs on PGlite by default; with DATABASE_URL set, every database test runs on that Postgres server instead.
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { ensureInstalled, root, runPnpm } from "./lib.mjs";

ensureInstalled();
const reportDir = join(root, ".vitest-reports", String(process.pid));
rmSync(reportDir, { recursive: true, force: true });
mkdirSync(reportDir, { recursive: true });

console.log(`[abante] running tests on ${process.env.DATABASE_URL ? "Postgres (DATABASE_URL)" : "PGlite (embedded)"}`);
if (!process.env.DATABASE_URL) {
  // Migrate one embedded database up front and keep its data directory: every test file then starts from a copy,
  // instead of every package migrating its own at the same moment.
  const warm = await runPnpm(["--filter", "@abante/db", "exec", "tsx", "src/warm-test-cache.ts"]);
  if (warm !== 0) console.error("[abante] could not prepare the migrated test database; tests will migrate their own");
}
// Two packages at a time: the machines have two cores, and each database test file runs its own Postgres.
const code = await runPnpm(
  ["exec", "turbo", "run", "test", "--continue", "--concurrency=2", ...process.argv.slice(2)],
  {
    env: { ...process.env, VITEST_REPORT_DIR: reportDir },
  },
);

// Every package with a test script must have left a report; a missing one counts as a failure.
const expected = [];
for (const group of ["apps", "packages", "tooling"]) {
  for (const name of readdirSync(join(root, group), { withFileTypes: true })) {
    if (!name.isDirectory()) continue;
    try {
      const pkg = JSON.parse(readFileSync(join(root, group, name.name, "package.json"), "utf8"));
      if (pkg.scripts?.test) expected.push(name.name);
    } catch {}
  }
}
let passed = 0;
let failed = 0;
let skipped = 0;
for (const name of expected) {
  let report;
  try {
    report = JSON.parse(readFileSync(join(reportDir, `${name}.json`), "utf8"));
  } catch {
    console.error(`[abante] ${name}: no test report (the suite did not run or crashed)`);
    failed += 1;
    continue;
  }
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  // A file that fails to load has no tests to count: count the file.
  const brokenFiles = (report.testResults ?? []).filter(
    (f) => f.status === "failed" && (f.assertionResults ?? []).length === 0,
  ).length;
  failed += brokenFiles;
  if (report.numFailedTests + brokenFiles > 0) console.error(`[abante] ${name}: failures above`);
}
if (code !== 0 && failed === 0) failed = 1;
rmSync(reportDir, { recursive: true, force: true });
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exitCode = failed > 0 || code !== 0 ? 1 : 0;
