// `pnpm bench`: the F3 performance acceptance on Postgres with the 1M-contact benchmark tenant (parts a–c) and the
// F4 front-end budgets (d: first-load JavaScript, e: Lighthouse scores) against the production build. Not part of
// the test suite. Every ratio compares two things measured in this same run on this same machine; absolute numbers
// are printed for context only. Results also go to bench/results/<timestamp>.json (git-ignored).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { BENCH } from "@abante/db/seed";
import postgres from "postgres";
import { benchBundles } from "./lib/bundle-bench";
import { chromePath } from "./lib/crm-browser";
import { loadBenchEnv } from "./lib/env";
import { benchHttp } from "./lib/http-bench";
import { benchLighthouse, PRESETS, type Preset } from "./lib/lighthouse-bench";
import type { Check } from "./lib/measure";
import { printTable } from "./lib/measure";
import { missingBuild, type Site, startSite } from "./lib/site";
import { benchKeyset, benchSearch } from "./lib/sql-bench";

const root = join(import.meta.dirname, "..");
const { values: args } = parseArgs({
  options: {
    requests: { type: "string", default: "300" },
    "http-requests": { type: "string", default: "1000" },
    warmup: { type: "string", default: "50" },
    depth: { type: "string", default: "100000" },
    contacts: { type: "string", default: "1000000" },
    only: { type: "string", default: "a,b,c,d,e" },
    "lighthouse-runs": { type: "string", default: "3" },
    "lighthouse-preset": { type: "string", default: "desktop" },
    seed: { type: "boolean", default: false },
    "crm-dist": { type: "string", default: join(root, "apps", "crm", "dist") },
    "marketing-dist": { type: "string", default: join(root, "apps", "marketing", "dist") },
    help: { type: "boolean", default: false },
  },
});
if (args.help) {
  console.log(`pnpm bench [--requests 300] [--http-requests 1000] [--warmup 50] [--depth 100000] [--contacts 1000000] [--only a,b,c,d,e] [--seed]
           [--lighthouse-runs 3] [--lighthouse-preset desktop|mobile]
  a  contact.list over HTTP tRPC vs the same SQL behind bare node:http (p50 ≤ 1.3×, p99 ≤ 1.5×)
  b  keyset page at --depth vs page 1 (≤ 1.5×), OFFSET for contrast
  c  trigram search vs forced sequential scan (≤ 0.05×)
  d  gzipped first-load JS of the CRM's pages in Chromium (≤ 60 kB) and of every marketing page (content pages ≤ 8 kB,
     form pages reported)
  e  Lighthouse 12.2.3 (desktop preset by default) performance ≥ 98 and accessibility 100 of the home and pricing pages
  a–c need DATABASE_URL (Postgres with the benchmark tenant); d and e need only \`pnpm build\` and Chromium
  --seed  build the benchmark tenant first when it has fewer than --contacts contacts (minutes)`);
  process.exit(0);
}
const int = (name: string, v: string, min: number) => {
  const n = Number(v.replaceAll("_", ""));
  if (!Number.isInteger(n) || n < min) {
    console.error(`--${name} must be a whole number ≥ ${min}`);
    process.exit(2);
  }
  return n;
};
const requests = int("requests", args.requests, 10);
const httpRequests = int("http-requests", args["http-requests"], 10);
const warmup = int("warmup", args.warmup, 0);
const depth = int("depth", args.depth, 1);
const contacts = int("contacts", args.contacts, depth + 51);
const lighthouseRuns = int("lighthouse-runs", args["lighthouse-runs"], 1);
const preset = args["lighthouse-preset"] as Preset;
if (!(preset in PRESETS)) {
  console.error("--lighthouse-preset must be desktop or mobile");
  process.exit(2);
}
const parts = new Set(args.only.split(",").map((p) => p.trim()));
const unknown = [...parts].filter((p) => !["a", "b", "c", "d", "e"].includes(p));
if (unknown.length > 0) {
  console.error(`--only takes parts a, b, c, d, e (not ${unknown.join(", ")})`);
  process.exit(2);
}
const needsDb = parts.has("a") || parts.has("b") || parts.has("c");

const env = loadBenchEnv(process.env, needsDb);
if ("error" in env) {
  console.error(env.error);
  process.exit(2);
}
const databaseUrl = env.databaseUrl ?? "";
const log = (line: string) => console.log(line);
const started = new Date();
const stamp = started.toISOString().replace(/[:.]/g, "-");
const resultsDir = join(import.meta.dirname, "results");
mkdirSync(resultsDir, { recursive: true });
// The login of DATABASE_URL (not the application role) for checks and ANALYZE; measured queries never use it.
const admin = needsDb ? postgres(databaseUrl, { max: 1, onnotice: () => {} }) : null;

async function benchTenant(): Promise<{ id: string; contacts: number } | null> {
  if (!admin) return null;
  const [t] = await admin<{ id: string }[]>`
    select id from tenant where slug = ${BENCH.tenantSlug} and to_regclass('public.contact') is not null`.catch(
    () => [],
  );
  if (!t) return null;
  const [{ n }] = await admin<[{ n: number }]>`select count(*)::int as n from contact where tenant_id = ${t.id}`;
  return { id: t.id, contacts: n };
}

const checks: Check[] = [];
const data: Record<string, unknown> = {};
let site: Site | undefined;
try {
  if (admin) {
    await admin`select 1`.catch((err: Error) => {
      throw new Error(`cannot reach DATABASE_URL: ${err.message}`);
    });
  }
  let tenant = needsDb ? await benchTenant() : null;
  if (needsDb && (tenant?.contacts ?? 0) < contacts) {
    const have = tenant ? `${tenant.contacts.toLocaleString("en-US")} contacts` : "no benchmark tenant";
    if (!args.seed) {
      console.error(
        `The database has ${have}; the benchmark needs ${contacts.toLocaleString("en-US")}. Build it first (minutes):\n` +
          `  DATABASE_URL=${databaseUrl} pnpm seed --contacts ${contacts}\n` +
          "or run pnpm bench --seed to do it now.",
      );
      process.exit(2);
    }
    log(`${have}: seeding ${contacts.toLocaleString("en-US")} contacts …`);
    const r = spawnSync(process.execPath, [join(root, "scripts", "pnpm.mjs"), "seed", "--contacts", String(contacts)], {
      cwd: root,
      stdio: "inherit",
    });
    if (r.status !== 0) throw new Error("pnpm seed failed");
    tenant = await benchTenant();
  }

  if (tenant && admin) {
    // Plans depend on statistics: refresh them when autovacuum has not caught up with a recent load.
    const [stats] = await admin<[{ stale: boolean }?]>`
      select (coalesce(last_analyze, last_autoanalyze) is null or n_mod_since_analyze > n_live_tup / 10) as stale
      from pg_stat_user_tables where relname = 'contact'`;
    if (stats?.stale) {
      log("statistics of contact are stale: ANALYZE …");
      await admin`analyze contact, company`;
    }
    const [{ version }] = await admin<[{ version: string }]>`select current_setting('server_version') as version`;
    log(
      `Postgres ${version}; benchmark tenant "${BENCH.tenantSlug}": ${tenant.contacts.toLocaleString("en-US")} contacts; ` +
        `${os.cpus().length} CPUs, load ${os
          .loadavg()
          .map((l) => l.toFixed(1))
          .join(" ")}`,
    );
    data.database = { version, contacts: tenant.contacts };
  }

  const part = async (key: string, title: string, fn: () => Promise<{ checks: Check[]; data: unknown }>) => {
    if (!parts.has(key)) return;
    log(`\n${key}) ${title}`);
    try {
      const r = await fn();
      checks.push(...r.checks);
      data[key] = r.data;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      log(`  failed: ${message}`);
      checks.push({ name: title, measured: "error", verdict: "FAIL", data: { error: message } });
      data[key] = { error: message };
    }
  };
  await part("a", "contact.list: HTTP tRPC vs the same SQL behind bare node:http", () =>
    benchHttp({ databaseUrl, rounds: httpRequests, warmup, log }),
  );
  const sqlOptions = () => ({
    databaseUrl,
    tenantId: tenant!.id,
    depth,
    rounds: requests,
    warmup,
    log,
  });
  await part("b", `keyset pagination at depth ${depth.toLocaleString("en-US")}`, () => benchKeyset(sqlOptions()));
  await part("c", "trigram search vs sequential scan", () => benchSearch(sqlOptions()));
  // d and e look at the production build as served: one production server (embedded database) for both. Part d
  // opens the CRM signed in (when there is a browser to open it), so its database gets the demo data first.
  if ((parts.has("d") || parts.has("e")) && !missingBuild(root)) {
    log("\nproduction server for parts d and e …");
    site = await startSite(root, log, { seedDemo: parts.has("d") && existsSync(chromePath()) }).catch((err: Error) => {
      log(`  could not start it: ${err.message}`);
      return undefined;
    });
  }
  await part("d", "first-load JavaScript (gzip)", async () =>
    benchBundles({ crmDist: args["crm-dist"], marketingDist: args["marketing-dist"], siteUrl: site?.url, log }),
  );
  await part("e", "Lighthouse scores of the marketing site", async () => {
    if (!site) throw new Error(`no production server: ${missingBuild(root) ?? "see above"} (run pnpm build)`);
    return benchLighthouse({
      siteUrl: site.url,
      runs: lighthouseRuns,
      preset,
      reportPrefix: join(resultsDir, stamp),
      log,
    });
  });
} finally {
  await site?.stop();
  await admin?.end({ timeout: 5 });
}

console.log("");
printTable(checks);
const failed = checks.filter((c) => c.verdict === "FAIL").length;
console.log(`\n${failed === 0 ? "all targets met" : `${failed} target(s) missed`}`);
const file = join(resultsDir, `${stamp}.json`);
writeFileSync(
  file,
  `${JSON.stringify(
    {
      startedAt: started,
      finishedAt: new Date(),
      host: { node: process.version, cpus: os.cpus().length, loadavg: os.loadavg(), platform: os.platform() },
      options: {
        requests,
        httpRequests,
        warmup,
        depth,
        contacts,
        lighthouseRuns,
        lighthousePreset: preset,
        only: [...parts],
      },
      checks,
      data,
    },
    null,
    2,
  )}\n`,
);
console.log(`results: ${file}`);
