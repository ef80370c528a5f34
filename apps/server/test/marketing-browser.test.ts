// The marketing site in a real browser against the production build (turbo builds crm, marketing and server before
// this test): language negotiation (P4), the cookie banner (P31) with analytics configured at run time and served by
// a stand-in "third party" on another origin, and a public form with its proof of work (P7).
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { scratchDatabaseEnv } from "@abante/db/testing";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, type Spawned, spawnServer } from "./process";

const here = new URL("..", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "abante-mkt-"));
let scratch: Awaited<ReturnType<typeof scratchDatabaseEnv>>;
let server: Spawned;
let browser: Browser;

/**
 * The "third party": a server on another origin playing Google's tag host. It serves the analytics stand-in
 * (test/fixtures/analytics-stub.js) and takes its hits, and remembers every request it gets.
 */
const GA_ID = "G-TEST123";
const thirdParty = { server: undefined as Server | undefined, origin: "", requests: [] as string[] };
async function startThirdParty() {
  const stub = readFileSync(join(here, "test", "fixtures", "analytics-stub.js"));
  const tp = createServer((req, res) => {
    thirdParty.requests.push(req.url ?? "");
    if (req.url?.startsWith("/gtag/js")) {
      res.writeHead(200, { "content-type": "text/javascript; charset=utf-8", "cache-control": "no-store" });
      res.end(stub);
    } else {
      res.writeHead(204, { "access-control-allow-origin": "*" });
      res.end();
    }
  });
  await new Promise<void>((resolve) => tp.listen(0, "127.0.0.1", resolve));
  thirdParty.server = tp;
  thirdParty.origin = `http://127.0.0.1:${(tp.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  for (const built of [join(here, "dist", "main.js"), join(here, "..", "marketing", "dist", "server", "entry.mjs")]) {
    if (!existsSync(built))
      throw new Error(`${built} is missing: run pnpm build first (pnpm test does it through turbo)`);
  }
  scratch = await scratchDatabaseEnv(join(dir, "data"));
  await startThirdParty();
  server = await spawnServer(
    ["dist/main.js"],
    {
      ...scratch.env,
      NODE_ENV: "production",
      GEO_HEADER: "x-test-country",
      ALTCHA_HMAC_KEY: "marketing-browser-test-key-0123456789abcdef",
      // Run-time settings of the prebuilt site: no rebuild, the consent banner asks the server after an opt-in.
      ANALYTICS_GA_ID: GA_ID,
      ANALYTICS_SRC: `${thirdParty.origin}/gtag/js`,
    },
    // A migrated PGlite database on a busy machine can take a while.
    150_000,
  );
  browser = await launchChromium();
}, 200_000);

afterAll(async () => {
  await browser?.close();
  if (server && server.child.exitCode === null) {
    server.child.kill("SIGTERM");
    await server.exited;
  }
  await scratch?.drop();
  await new Promise((resolve) => (thirdParty.server ? thirdParty.server.close(resolve) : resolve(undefined)));
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

/** What the analytics stand-in saw (test/fixtures/analytics-stub.js). */
interface AnalyticsStub {
  id: string;
  commands: string[][];
  consent: Record<string, string>;
  hits: number;
}

/** Whether any analytics code ran in the page: the stand-in, or the site's own gtag queue. */
const analyticsOnPage = (page: Page) => page.evaluate(() => "__analyticsStub" in globalThis || "gtag" in globalThis);

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
    thirdParty.requests.length = 0;
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
      // Analytics is configured, yet the page never even asked what to load, and the third party heard nothing.
      expect(requests.filter((u) => new URL(u).pathname === "/api/analytics")).toEqual([]);
      expect(thirdParty.requests).toEqual([]);
      expect(await analyticsOnPage(page)).toBe(false);
      expect(await cookieNames(context)).toEqual(["abante_consent"]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("P31 'Accept all' records the consent and only then loads the configured analytics, which sees consent granted; withdrawing stops it", async () => {
    thirdParty.requests.length = 0;
    const { context, page, requests, errors } = await visitor({ "accept-language": "en" });
    try {
      const response = await page.goto(`${server.url}/en/`);
      expect(response!.headers()["content-encoding"]).toBe("br");
      // The running server allows the configured script host (and no other third party) to run scripts.
      expect(response!.headers()["content-security-policy"]).toContain(`script-src 'self' ${thirdParty.origin};`);
      await page.getByRole("dialog", { name: "Cookies on this site" }).waitFor({ timeout: 10_000 });
      await page.waitForLoadState("networkidle");
      // Before a decision: no analytics code, no request to the third party, no cookie at all.
      expect(thirdParty.requests).toEqual([]);
      expect(requests.filter((u) => new URL(u).pathname === "/api/analytics")).toEqual([]);
      expect(await analyticsOnPage(page)).toBe(false);
      expect(await cookieNames(context)).toEqual([]);

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

      // The stand-in loads from the other origin with the run-time id and sees Consent Mode v2: everything denied
      // by default, before any other command, then analytics (and only analytics) granted.
      const stub = () => page.evaluate(() => (globalThis as { __analyticsStub?: AnalyticsStub }).__analyticsStub);
      await expect.poll(async () => (await stub())?.hits ?? 0, { timeout: 10_000 }).toBe(1);
      const loaded = (await stub())!;
      expect(loaded.id).toBe(GA_ID);
      expect(loaded.commands).toEqual([["consent", "default"], ["consent", "update"], ["js"], ["config", GA_ID]]);
      expect(loaded.consent).toEqual({
        ad_storage: "denied",
        ad_user_data: "denied",
        ad_personalization: "denied",
        analytics_storage: "granted",
      });
      // The stub's beacon reaches the other origin after the script ran: wait for it, then nothing more may come.
      await expect
        .poll(() => [...thirdParty.requests], { timeout: 10_000 })
        .toEqual([`/gtag/js?id=${GA_ID}`, `/collect?tid=${GA_ID}`]);
      expect(await cookieNames(context)).toEqual(["_ga", "abante_consent"]);

      // The decision is remembered: the next page loads analytics without asking again.
      await page.goto(`${server.url}/en/features/`);
      await expect.poll(async () => (await stub())?.hits ?? 0, { timeout: 10_000 }).toBe(1);
      expect(await page.getByRole("dialog", { name: "Cookies on this site" }).isVisible()).toBe(false);

      await page.locator("#cookie-settings").click();
      await decide(page, /^Withdraw consent$/);
      const withdrawn = await currentConsent(page);
      expect(withdrawn.consent).toMatchObject({ method: "withdraw", analytics: false, marketing: false });
      // Analytics is told at once and its cookie is gone; only the necessary consent cookie stays.
      await expect.poll(async () => (await stub())?.consent.analytics_storage).toBe("denied");
      await expect.poll(() => cookieNames(context)).toEqual(["abante_consent"]);
      const sent = thirdParty.requests.length;
      await page.reload();
      await page.waitForLoadState("networkidle");
      expect(thirdParty.requests.length).toBe(sent);
      expect(await analyticsOnPage(page)).toBe(false);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("P31 with Sec-GPC: 1 analytics and marketing are refused whatever is clicked", async () => {
    thirdParty.requests.length = 0;
    const { context, page, requests } = await visitor({ "accept-language": "en", "sec-gpc": "1" });
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
      // Analytics is configured, but it is neither asked for nor loaded; and the server would not name it anyway.
      await page.reload();
      await page.waitForLoadState("networkidle");
      expect(requests.filter((u) => new URL(u).pathname === "/api/analytics")).toEqual([]);
      expect(thirdParty.requests).toEqual([]);
      expect(await analyticsOnPage(page)).toBe(false);
      expect(await cookieNames(context)).toEqual(["abante_consent"]);
      expect(await page.evaluate(async () => (await fetch("/api/analytics")).json())).toEqual({ analytics: null });
    } finally {
      await context.close();
    }
  });

  it("sends pages compressed: prerendered ones as built (.br, .gz), on-demand ones compressed on the way", async () => {
    const head = (path: string, encoding: string) =>
      new Promise<{ status?: number; encoding?: string; vary?: string }>((resolve, reject) => {
        const req = request(`${server.url}${path}`, { headers: { "accept-encoding": encoding } }, (res) => {
          res.resume();
          resolve({ status: res.statusCode, encoding: res.headers["content-encoding"], vary: res.headers.vary });
        });
        req.on("error", reject);
        req.end();
      });
    for (const path of ["/en/", "/de/features/", "/en/pricing/", "/fr/events/"]) {
      expect(await head(path, "gzip, deflate, br")).toMatchObject({ status: 200, encoding: "br" });
      expect(await head(path, "gzip")).toMatchObject({ status: 200, encoding: "gzip" });
      const plain = await head(path, "identity");
      expect(plain).toMatchObject({ status: 200, encoding: undefined });
      expect(plain.vary).toMatch(/accept-encoding/i);
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
