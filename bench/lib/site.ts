// The production server exactly as `pnpm build && pnpm start` runs it (apps/server/dist/main.js, NODE_ENV=production:
// built CRM at /app, built marketing site at /, precompressed static files, CSP), on 127.0.0.1 with an embedded PGlite
// database of its own in a temporary folder: parts d and e look at what a visitor's browser gets and need neither
// Postgres nor the benchmark tenant. DATABASE_URL is removed from its environment, so it never touches that database.
// With `seedDemo` the folder gets the demo tenant first (`pnpm seed`), for part d's signed-in CRM pages.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";

export interface Site {
  url: string;
  stop(): Promise<void>;
}

/** The builds the production server needs; the first one missing, or null. */
export function missingBuild(root: string): string | null {
  for (const file of [
    join(root, "apps", "server", "dist", "main.js"),
    join(root, "apps", "crm", "dist", "index.html"),
    join(root, "apps", "marketing", "dist", "server", "entry.mjs"),
  ]) {
    if (!existsSync(file)) return file;
  }
  return null;
}

export interface SiteOptions {
  /** Seed the demo logins and the demo tenant "demo" (`pnpm seed`) into the server's database before it starts. */
  seedDemo?: boolean;
  timeoutMs?: number;
}

export async function startSite(root: string, log: (line: string) => void, options: SiteOptions = {}): Promise<Site> {
  const timeoutMs = options.timeoutMs ?? 240_000;
  const missing = missingBuild(root);
  if (missing) throw new Error(`${missing} is missing: run pnpm build first`);
  const dataDir = mkdtempSync(join(tmpdir(), "abante-bench-site-"));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    HOST: "127.0.0.1",
    PORT: "0",
    JOBS: "off",
    LOG_LEVEL: "info",
    DATA_DIR: dataDir,
    ALTCHA_HMAC_KEY: randomBytes(32).toString("hex"),
  };
  for (const name of ["DATABASE_URL", "ANALYTICS_GA_ID", "ANALYTICS_SRC", "API_URL", "PUBLIC_URL"]) delete env[name];
  const cleanup = () => rmSync(dataDir, { recursive: true, force: true });
  if (options.seedDemo) {
    // Before the server, not beside it: one process at a time may open the embedded database. The seed CLI migrates
    // the empty folder and adds the demo data exactly as `pnpm seed` does for `pnpm dev`.
    const seeding = Date.now();
    const seed = spawnSync(process.execPath, [join(root, "scripts", "pnpm.mjs"), "--silent", "seed"], {
      cwd: root,
      // Not NODE_ENV=production: were the packages out of date, pnpm.mjs would install them, and pnpm in production
      // mode leaves out (removes) the dev dependencies: the checkout's test and build tools.
      env: { ...env, NODE_ENV: "development" },
      encoding: "utf8",
      timeout: timeoutMs,
    });
    if (seed.status !== 0) {
      cleanup();
      const output = `${seed.stdout ?? ""}${seed.stderr ?? ""}`.trim().split("\n").slice(-30).join("\n");
      throw new Error(`pnpm seed (demo data) failed (${seed.error?.message ?? `exit ${seed.status}`}):\n${output}`);
    }
    const said = seed.stdout.split("\n").find((line) => line.includes("demo tenant")) ?? "demo data";
    log(`  seeded in ${((Date.now() - seeding) / 1000).toFixed(0)} s: ${said.replace(/^\[abante\] /, "")}`);
  }
  const started = Date.now();
  const child: ChildProcess = spawn(process.execPath, [join(root, "apps", "server", "dist", "main.js")], {
    cwd: join(root, "apps", "server"),
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`the production server did not start in ${timeoutMs / 1000} s:\n${output.join("\n")}`));
    }, timeoutMs);
    const onLine = (line: string) => {
      if (output.length < 200) output.push(line);
      const m = /listening on (http:\/\/[^\s"]+)/.exec(line);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    createInterface({ input: child.stdout! }).on("line", onLine);
    createInterface({ input: child.stderr! }).on("line", (l) => output.push(l));
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the production server exited with ${code} before listening:\n${output.join("\n")}`));
    });
  }).catch((err) => {
    cleanup();
    throw err;
  });
  log(
    `  production server (apps/server/dist/main.js, embedded PGlite) at ${url}, up in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  return {
    url,
    async stop() {
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
        await exited;
        clearTimeout(timer);
      }
      cleanup();
    },
  };
}
