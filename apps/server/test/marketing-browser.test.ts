// The marketing site in a real browser against the production build (turbo builds crm, marketing and server before
// this test): language negotiation (P4), the cookie banner (P31) and a public form with its proof of work (P7).
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { scratchDatabaseEnv } from "@abante/db/testing";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Spawned, spawnServer } from "./process";

const here = new URL("..", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "abante-mkt-"));
let scratch: Awaited<ReturnType<typeof scratchDatabaseEnv>>;
let server: Spawned;
let browser: Browser;

beforeAll(async () => {
  for (const built of [join(here, "dist", "main.js"), join(here, "..", "marketing", "dist", "server", "entry.mjs")]) {
    if (!existsSync(built))
      throw new Error(`${built} is missing: run pnpm build first (pnpm test does it through turbo)`);
  }
  scratch = await scratchDatabaseEnv(join(dir, "data"));
  server = await spawnServer(
    ["dist/main.js"],
    {
      ...scratch.env,
      NODE_ENV: "production",
      GEO_HEADER: "x-test-country",
      ALTCHA_HMAC_KEY: "marketing-browser-test-key-0123456789abcdef",
    },
    // A migrated PGlite database on a busy machine can take a while.
    150_000,
  );
  const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(executablePath)) throw new Error(`no browser at ${executablePath}: apt-get install -y chromium`);
  browser = await chromium.launch({
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
}, 200_000);

afterAll(async () => {
  await browser?.close();
  if (server && server.child.exitCode === null) {
    server.child.kill("SIGTERM");
    await server.exited;
  }
  await scratch?.drop();
  rmSync(dir, { recursive: true, force: true });
});

/** A fresh visitor: its own cookies; every request it makes is remembered. */
async function visitor(headers: Record<string, string> = {}) {
  const context = await browser.newContext({ extraHTTPHeaders: headers });
  const requests: string[] = [];
  const errors: string[] = [];
  context.on("request", (r) => requests.push(r.url()));
  const page = await context.newPage();
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  return { context, page, requests, errors };
}

interface ConsentState {
  consent: {
    method: string;
    preferences: boolean;
    analytics: boolean;
    marketing: boolean;
    bannerVersion: string;
  } | null;
  showBanner: boolean;
  effective: { preferences: boolean; analytics: boolean; marketing: boolean };
  gpc: boolean;
}

/** `consent.current` as the page's own (same-origin, cookie-carrying) request. */
const currentConsent = (page: Page) =>
  page.evaluate(async () => {
    const res = await fetch(`/trpc/consent.current?input=${encodeURIComponent('{"json":null}')}`);
    return ((await res.json()) as { result: { data: { json: unknown } } }).result.data.json;
  }) as Promise<ConsentState>;

async function decide(page: Page, buttonName: RegExp) {
  const banner = page.getByRole("dialog", { name: "Cookies on this site" });
  await banner.waitFor({ state: "visible", timeout: 10_000 });
  const recorded = page.waitForResponse((r) => r.url().includes("/trpc/consent.record"));
  await banner.getByRole("button", { name: buttonName }).click();
  expect((await recorded).status()).toBe(200);
  await banner.waitFor({ state: "hidden", timeout: 5_000 });
}

const cookieNames = async (context: BrowserContext) => (await context.cookies()).map((c) => c.name).sort();

/** GET with exactly these headers (a browser always sends Accept-Language; fetch sends `*`). */
function rawGet(path: string, headers: Record<string, string>): Promise<{ status?: number; location?: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${path}`, { headers }, (res) => {
      res.resume();
      resolve({ status: res.statusCode, location: res.headers.location });
    });
    req.on("error", reject);
    req.end();
  });
}

describe("marketing site in a browser", () => {
  it("P4 / sends an es-AR browser to /es/", async () => {
    const { context, page } = await visitor({ "accept-language": "es-AR,es;q=0.9" });
    try {
      await page.goto(`${server.url}/`);
      expect(new URL(page.url()).pathname).toBe("/es/");
      expect(await page.getAttribute("html", "lang")).toBe("es");
    } finally {
      await context.close();
    }
  });

  it("P4 / without Accept-Language follows the visitor's country: BR goes to /pt-br/", async () => {
    expect(await rawGet("/", { "x-test-country": "BR" })).toEqual({ status: 302, location: "/pt-br/" });
    expect(await rawGet("/", { "x-test-country": "FR" })).toEqual({ status: 302, location: "/fr/" });
    // The country only decides when the browser states no language of its own.
    expect(await rawGet("/", { "x-test-country": "BR", "accept-language": "de-DE" })).toEqual({
      status: 302,
      location: "/de/",
    });
  });

  it("P4 choosing French in the language picker sticks across visits", async () => {
    const { context, page } = await visitor({ "accept-language": "en-US,en;q=0.9" });
    try {
      await page.goto(`${server.url}/en/`);
      const picker = page.locator("details.language-picker").first();
      await picker.locator("summary").click();
      await picker.locator('a[hreflang="fr"]').click();
      await page.waitForURL(/\/fr\/$/);
      const again = await context.newPage();
      await again.goto(`${server.url}/`);
      expect(new URL(again.url()).pathname).toBe("/fr/");
    } finally {
      await context.close();
    }
  });

  it("P31 'Reject all' leaves only the necessary consent cookie and makes no request to another host", async () => {
    const { context, page, requests, errors } = await visitor({ "accept-language": "en" });
    try {
      await page.goto(`${server.url}/en/`);
      expect(await cookieNames(context)).toEqual([]);
      // Reject and Accept are equally prominent: same element type, same class, same size.
      const reject = page.getByRole("button", { name: "Reject all" });
      const accept = page.getByRole("button", { name: "Accept all" });
      await reject.waitFor({ timeout: 10_000 });
      expect(await reject.getAttribute("class")).toBe(await accept.getAttribute("class"));
      const [r, a] = [await reject.boundingBox(), await accept.boundingBox()];
      expect(Math.round(r!.height)).toBe(Math.round(a!.height));
      await decide(page, /^Reject all$/);
      expect(await cookieNames(context)).toEqual(["abante_consent"]);
      const state = await currentConsent(page);
      expect(state.consent).toMatchObject({ method: "reject_all", analytics: false, marketing: false });
      expect(state.showBanner).toBe(false);
      await page.reload();
      await page.waitForLoadState("networkidle");
      expect(await page.getByRole("dialog", { name: "Cookies on this site" }).isVisible()).toBe(false);
      const origin = new URL(server.url).origin;
      expect(requests.filter((u) => new URL(u).origin !== origin)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("P31 'Accept all' records the consent; the footer link reopens the banner to withdraw it", async () => {
    const { context, page, errors } = await visitor({ "accept-language": "en" });
    try {
      await page.goto(`${server.url}/en/`);
      await decide(page, /^Accept all$/);
      const state = await currentConsent(page);
      expect(state.consent).toMatchObject({
        method: "accept_all",
        preferences: true,
        analytics: true,
        marketing: true,
      });
      expect(state.consent!.bannerVersion).toMatch(/^en:[0-9a-f]{12}$/);
      expect(state.effective.analytics).toBe(true);
      // No analytics id is configured in this build: nothing non-necessary is set even after consent.
      expect(await cookieNames(context)).toEqual(["abante_consent"]);

      await page.locator("#cookie-settings").click();
      await decide(page, /^Withdraw consent$/);
      const withdrawn = await currentConsent(page);
      expect(withdrawn.consent).toMatchObject({ method: "withdraw", analytics: false, marketing: false });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("P31 with Sec-GPC: 1 analytics and marketing are refused whatever is clicked", async () => {
    const { context, page } = await visitor({ "accept-language": "en", "sec-gpc": "1" });
    try {
      await page.goto(`${server.url}/en/`);
      await page.getByRole("dialog", { name: "Cookies on this site" }).waitFor({ timeout: 10_000 });
      // The banner offers only what GPC allows once it knows the signal.
      await page.getByRole("button", { name: "Choose" }).click();
      await expect.poll(() => page.locator('input[name="analytics"]').isVisible()).toBe(false);
      await decide(page, /^Accept all$/);
      const state = await currentConsent(page);
      expect(state.gpc).toBe(true);
      expect(state.effective).toMatchObject({ analytics: false, marketing: false });
      expect(state.consent).toMatchObject({ analytics: false, marketing: false });
    } finally {
      await context.close();
    }
  });

  it("P7 the contact form is refused without a valid proof of work and accepted through the widget", async () => {
    const { context, page, errors } = await visitor({ "accept-language": "en" });
    try {
      await page.goto(`${server.url}/en/contact/`);
      const bogus = await page.evaluate(async () => {
        const res = await fetch("/trpc/forms.contactSales", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({
            json: {
              name: "Bot",
              email: "bot@example.com",
              company: "Bots Inc",
              message: "Hello",
              altcha: btoa("not a proof"),
            },
          }),
        });
        return { status: res.status, body: await res.json() };
      });
      expect(bogus.status).toBe(400);
      const body = bogus.body as { error: { json: { data: { fieldErrors: Record<string, string[]> } } } };
      expect(body.error.json.data.fieldErrors.altcha).toBeDefined();
      errors.length = 0; // the console reports that refusal; only what follows counts

      const form = page.locator('form[data-form="contactSales"]');
      // Required fields are checked before anything is sent.
      await form.getByRole("button", { name: /./ }).last().click();
      await expect.poll(() => form.locator('[data-error-for="name"]').isVisible()).toBe(true);

      await form.locator('[name="name"]').fill("Ada Lovelace");
      await form.locator('[name="email"]').fill("ada@example.com");
      await form.locator('[name="company"]').fill("Analytical Engines");
      await form.locator('[name="message"]').fill("We would like a demo for our team of twelve.");
      const sent = page.waitForResponse((r) => r.url().includes("/trpc/forms.contactSales"), { timeout: 30_000 });
      await form.locator('button[type="submit"]').click();
      expect((await sent).status()).toBe(200);
      await page.locator("[data-form-success]").waitFor({ state: "visible", timeout: 10_000 });
      expect(await form.isVisible()).toBe(false);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);
});
