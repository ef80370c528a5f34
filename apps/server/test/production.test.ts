// The production shape, as `pnpm build && pnpm start` runs it: one process serving the marketing site at /, the CRM
// at /app, the API at /trpc and /healthz. turbo builds the three apps before this test runs.
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { scratchDatabaseEnv } from "@abante/db/testing";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, type Spawned, spawnServer } from "./process";

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
  // The dev mailbox is opened on purpose: the sign-up flow below reads its verification mail there.
  server = await spawnServer(["dist/main.js"], { ...scratch.env, NODE_ENV: "production", DEV_MAILBOX: "on" });
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
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const failed: string[] = [];
      page.on("requestfailed", (r) => {
        // A request the app itself cancels (a superseded refresh) is not a failure.
        if (r.failure()?.errorText !== "net::ERR_ABORTED") failed.push(`${r.url()}: ${r.failure()?.errorText}`);
      });
      page.on("pageerror", (e) => failed.push(e.message));
      await page.goto(`${server.url}/app/status`);
      const driver = process.env.DATABASE_URL ? "PostgreSQL" : "PGlite (embedded)";
      await page.getByText(driver).first().waitFor({ timeout: 15_000 });
      await page.getByText("Operational").first().waitFor({ timeout: 5_000 });
      expect(failed).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it("P17 P27 sign up, verify from the mailbox, sign in, edit the profile, see sessions, sign out everywhere", async () => {
    const browser = await launchChromium();
    try {
      const context = await browser.newContext();
      const page = await context.newPage();
      const email = `flow-${Date.now()}@abante.test`;
      const password = "a perfectly unusual flow passphrase";

      await page.goto(`${server.url}/app/sign-up`);
      await page.getByLabel("Your name").fill("Flow Tester");
      await page.getByLabel("Company name").fill("Flow & Co");
      await page.getByLabel("Email address").fill(email);
      await page.getByLabel("Password", { exact: true }).fill(password);
      await page.getByLabel("Business sector").selectOption("consulting");
      await page.getByRole("button", { name: "Create account" }).click();
      await page.getByText("Check your e-mail.").waitFor();

      await page.goto(`${server.url}/app/dev/mailbox`);
      await page
        .getByRole("link", { name: /confirm|verify/i })
        .first()
        .click();
      const verifyLink = page.getByRole("link", { name: /\/app\/verify-email\?token=/ }).first();
      await verifyLink.waitFor();
      await verifyLink.click();
      await page.getByText(`${email} is verified`).waitFor();

      await page.goto(`${server.url}/app/sign-in`);
      await page.getByLabel("Email address").fill(email);
      await page.getByLabel("Password").fill(password);
      await page.getByRole("button", { name: "Sign in" }).click();
      // Signed in: the CRM home (your CRM databases).
      await page.waitForURL(/\/app(\/account)?\/?$/);
      const cookies = await context.cookies();
      const session = cookies.find((c) => c.name.endsWith("abante_session"));
      expect(session?.httpOnly).toBe(true);
      expect(session?.sameSite).toBe("Lax");

      await page.goto(`${server.url}/app/account`);
      await page.getByRole("button", { name: "Edit profile" }).click();
      await page.getByLabel("Your name").fill("Flow Tester Renamed");
      await page.getByRole("button", { name: "Save profile" }).click();
      await page.getByText("Profile saved.").waitFor();
      await page.reload();
      await page.getByText("Flow Tester Renamed").first().waitFor();

      await page.getByRole("heading", { name: "Active sessions" }).waitFor();
      await page.getByText("This browser").waitFor();

      await page.getByRole("button", { name: "Sign out everywhere" }).click();
      await page.getByRole("dialog").getByRole("button", { name: "Sign out everywhere" }).click();
      await page.waitForURL(/sign-in/);
      const after = await context.cookies();
      expect(after.find((c) => c.name.endsWith("abante_session"))).toBeUndefined();
      const me = await page.evaluate(async () => (await fetch("/trpc/auth.me")).json());
      expect(JSON.stringify(me)).toContain('"json":null');
    } finally {
      await browser.close();
    }
  });

  it("P7 the site's trial form signs up with the widget's proof of work; without one the API refuses", async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}/en/start-trial/`);
      const refused = await page.evaluate(async () => {
        const res = await fetch("/trpc/auth.signUp", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({
            json: {
              name: "No Proof",
              companyName: "Bots Inc",
              email: "no-proof@abante.test",
              password: "a perfectly unusual bot passphrase",
              businessSector: "retail",
            },
          }),
        });
        return {
          status: res.status,
          body: (await res.json()) as { error: { json: { data: { fieldErrors: Record<string, string[]> } } } },
        };
      });
      expect(refused.status).toBe(400);
      expect(refused.body.error.json.data.fieldErrors.altcha).toBeDefined();

      const form = page.locator('form[data-form="startTrial"]');
      await form.locator('[name="name"]').fill("Trial Tester");
      await form.locator('[name="companyName"]').fill("Trial & Co");
      await form.locator('[name="email"]').fill(`trial-${Date.now()}@abante.test`);
      await form.locator('[name="password"]').fill("a perfectly unusual trial passphrase");
      await form.locator('[name="businessSector"]').selectOption("consulting");
      const sent = page.waitForResponse((r) => r.url().includes("/trpc/auth.signUp"), { timeout: 30_000 });
      await form.locator('button[type="submit"]').click();
      expect((await sent).status()).toBe(200);
      await page.locator("[data-form-success]").waitFor({ state: "visible", timeout: 10_000 });
    } finally {
      await browser.close();
    }
  });
});
