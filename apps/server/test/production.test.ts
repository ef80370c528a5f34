// The production shape, as `pnpm build && pnpm start` runs it: one process serving the marketing site at /, the CRM
// at /app, the API at /trpc and /healthz. turbo builds the three apps before this test runs.
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { scratchDatabaseEnv } from "@abante/db/testing";
import { chromium } from "playwright-core";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Spawned, spawnServer } from "./process";

const here = new URL("..", import.meta.url).pathname;
const crmDist = join(here, "..", "crm", "dist");
const dir = mkdtempSync(join(tmpdir(), "abante-prod-"));
let scratch: Awaited<ReturnType<typeof scratchDatabaseEnv>>;
let server: Spawned;

beforeAll(async () => {
  for (const built of [
    join(here, "dist", "main.js"),
    join(crmDist, "index.html"),
    join(here, "..", "marketing", "dist", "server", "entry.mjs"),
  ]) {
    if (!existsSync(built))
      throw new Error(`${built} is missing: run pnpm build first (pnpm test does it through turbo)`);
  }
  scratch = await scratchDatabaseEnv(join(dir, "data"));
  server = await spawnServer(["dist/main.js"], { ...scratch.env, NODE_ENV: "production" });
}, 120_000);

afterAll(async () => {
  if (server && server.child.exitCode === null) {
    server.child.kill("SIGTERM");
    await server.exited;
  }
  await scratch?.drop();
  rmSync(dir, { recursive: true, force: true });
});

describe("production server: one process, one origin", () => {
  it("/healthz says ok", async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok", database: "up" });
  });

  it("P4 / redirects by Accept-Language: es-AR goes to /es/, pt-BR to /pt-br/, none to /en/", async () => {
    const go = async (lang?: string) => {
      const res = await fetch(`${server.url}/`, {
        redirect: "manual",
        headers: lang ? { "accept-language": lang } : {},
      });
      return [res.status, res.headers.get("location")];
    };
    expect(await go("es-AR,es;q=0.9")).toEqual([302, "/es/"]);
    expect(await go("pt-BR,pt;q=0.9,en;q=0.5")).toEqual([302, "/pt-br/"]);
    expect(await go()).toEqual([302, "/en/"]);
  });

  it("serves the prerendered marketing pages in every locale", async () => {
    for (const [path, lang] of [
      ["/en/", "en"],
      ["/es/", "es"],
      ["/pt-br/", "pt-BR"],
      ["/fr/", "fr"],
      ["/de/", "de"],
    ]) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.status, path).toBe(200);
      expect(await res.text()).toContain(`<html lang="${lang}"`);
    }
  });

  it("serves the CRM at /app/, its client routes and its hashed assets", async () => {
    const redirect = await fetch(`${server.url}/app`, { redirect: "manual" });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get("location")).toBe("/app/");
    const shell = await fetch(`${server.url}/app/`);
    expect(shell.status).toBe(200);
    const html = await shell.text();
    expect(html).toContain('<div id="root"');
    const deep = await fetch(`${server.url}/app/some/client/route`);
    expect(deep.status).toBe(200);
    expect(await deep.text()).toBe(html);
    const asset = readdirSync(join(crmDist, "assets")).find((f) => f.endsWith(".js"))!;
    const js = await fetch(`${server.url}/app/assets/${asset}`);
    expect(js.status).toBe(200);
    expect(js.headers.get("cache-control")).toContain("immutable");
  });

  it("serves the API at /trpc", async () => {
    const res = await fetch(`${server.url}/trpc/platform.status`);
    expect(res.status).toBe(200);
    const status = superjson.deserialize(((await res.json()) as { result: { data: never } }).result.data) as {
      ok: boolean;
      database: { migrations: number };
    };
    expect(status.ok).toBe(true);
    expect(status.database.migrations).toBeGreaterThan(0);
  });

  it("the CRM page in a real browser shows the platform status from the API", async () => {
    const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
    if (!existsSync(executablePath)) throw new Error(`no browser at ${executablePath}: apt-get install -y chromium`);
    const browser = await chromium.launch({
      executablePath,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    });
    try {
      const page = await browser.newPage();
      const failed: string[] = [];
      page.on("requestfailed", (r) => {
        // A request the app itself cancels (a superseded refresh) is not a failure.
        if (r.failure()?.errorText !== "net::ERR_ABORTED") failed.push(`${r.url()}: ${r.failure()?.errorText}`);
      });
      page.on("pageerror", (e) => failed.push(e.message));
      await page.goto(`${server.url}/app/`);
      const driver = process.env.DATABASE_URL ? "PostgreSQL" : "PGlite (embedded)";
      await page.getByText(driver).first().waitFor({ timeout: 15_000 });
      await page.getByText("Operational").first().waitFor({ timeout: 5_000 });
      expect(failed).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
