// d) The CRM's first load as a browser really makes it. dist/index.html names only the entry chunk, but the router
// imports the opened route's chunk (every route is lazy) at once, and a record page preloads its form too: what a
// visitor downloads depends on the page. So each page is opened in Chromium (playwright-core) in a fresh context, with
// an empty cache, signed out or signed in as the demo owner, until the page shows its content and the network has
// been quiet for a while. Every script the browser fetched from /app/ is then looked up in the CRM build and gzipped
// from there, like the rest of part d, so the numbers compare with the marketing lines.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DEMO } from "@abante/db/seed";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import superjson from "superjson";
import type { JsFile } from "./bundle-bench";
import { gz } from "./measure";

/** Debian's Chromium unless CHROME_PATH says otherwise (the same variable as part e). */
export const chromePath = () => process.env.CHROME_PATH ?? "/usr/bin/chromium";

export interface CrmPage {
  /** "contact record" */
  name: string;
  /** The path opened, e.g. /app/t/demo/contacts/0192…. */
  path: string;
  signedIn: boolean;
  /** The scripts in the order the browser requested them. */
  files: JsFile[];
  gzip: number;
  bytes: number;
}

const tenant = (path: string) => `/app/t/${DEMO.tenantSlug}${path}`;

/** The pages measured, in order. `{contact}` becomes a contact of the demo tenant. */
export const CRM_PAGES = [
  { name: "sign-in", path: "/app/sign-in", signedIn: false },
  { name: "sign-up", path: "/app/sign-up", signedIn: false },
  { name: "forgot password", path: "/app/forgot-password", signedIn: false },
  { name: "home", path: "/app/", signedIn: true },
  { name: "account", path: "/app/account", signedIn: true },
  { name: "contacts", path: tenant("/contacts"), signedIn: true },
  { name: "contact record", path: tenant("/contacts/{contact}"), signedIn: true },
  { name: "companies", path: tenant("/companies"), signedIn: true },
  { name: "pipeline", path: tenant("/deals"), signedIn: true },
  { name: "deals", path: tenant("/deals/list"), signedIn: true },
  { name: "employees", path: tenant("/employees"), signedIn: true },
  { name: "settings", path: tenant("/settings"), signedIn: true },
] as const;

/** How long the network must stay silent after the content shows: a chunk preloaded by an effect starts well within. */
const QUIET_MS = 500;
const TIMEOUT_MS = 30_000;

/**
 * The page's main region shows its content: a heading, no "Loading …" line (the route's Suspense fallback, a record
 * or list still loading) and no busy table. A string, so it runs in the page without DOM types here.
 */
const CONTENT_SHOWN = `(() => {
  const main = document.querySelector("main");
  return !!main && !!main.querySelector("h1") && !/\\bLoading\\b/.test(main.textContent ?? "") &&
    !main.querySelector('[aria-busy="true"]');
})()`;

type SessionCookie = Parameters<BrowserContext["addCookies"]>[0][number];

/** Signs in as the demo owner the way the CRM does (a same-origin POST of superjson); the session cookie. */
async function signIn(siteUrl: string): Promise<SessionCookie> {
  const origin = new URL(siteUrl).origin;
  const res = await fetch(new URL("/trpc/auth.signIn", siteUrl), {
    method: "POST",
    headers: { "content-type": "application/json", origin },
    body: JSON.stringify(superjson.serialize({ email: DEMO.email, password: DEMO.password })),
  });
  if (!res.ok) throw new Error(`sign-in as ${DEMO.email} failed (${res.status}): ${(await res.text()).slice(0, 300)}`);
  const set = res.headers.getSetCookie().find((c) => /^[^=]*abante_session=/.test(c));
  const [pair = "", ...attributes] = (set ?? "").split(";").map((s) => s.trim());
  const eq = pair.indexOf("=");
  if (eq <= 0) throw new Error("sign-in returned no session cookie");
  const has = (name: string) => attributes.some((a) => a.toLowerCase() === name);
  // The production cookie is `__Host-` prefixed: Secure, Path=/ and host-only (a domain without a leading dot).
  return {
    name: pair.slice(0, eq),
    value: pair.slice(eq + 1),
    domain: new URL(siteUrl).hostname,
    path: "/",
    httpOnly: has("httponly"),
    secure: has("secure"),
    sameSite: "Lax",
  };
}

/** The first contact of the demo tenant by name, through the API the contact list calls. */
async function firstContact(siteUrl: string, cookie: SessionCookie): Promise<string> {
  const input = { tenant: DEMO.tenantSlug, limit: 1, sort: "name", direction: "asc" };
  const url = new URL("/trpc/contact.list", siteUrl);
  url.searchParams.set("batch", "1");
  url.searchParams.set("input", JSON.stringify({ 0: superjson.serialize(input) }));
  const res = await fetch(url, { headers: { cookie: `${cookie.name}=${cookie.value}` } });
  if (!res.ok) throw new Error(`contact.list answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
  const [first] = (await res.json()) as { result: { data: Parameters<typeof superjson.deserialize>[0] } }[];
  const page = superjson.deserialize<{ items: { id: string }[] }>(first!.result.data);
  const id = page.items[0]?.id;
  if (!id) throw new Error(`the demo tenant "${DEMO.tenantSlug}" has no contacts: was it seeded?`);
  return id;
}

/** Resolves once no request has been open for `QUIET_MS`. Counts from the moment it is attached to the page. */
function quietNetwork(page: Page): () => Promise<void> {
  let open = 0;
  let last = Date.now();
  page.on("request", () => {
    open++;
    last = Date.now();
  });
  const done = () => {
    open = Math.max(0, open - 1);
    last = Date.now();
  };
  page.on("requestfinished", done);
  page.on("requestfailed", done);
  return async () => {
    const deadline = Date.now() + TIMEOUT_MS;
    while (open > 0 || Date.now() - last < QUIET_MS) {
      if (Date.now() > deadline) throw new Error(`the network did not settle in ${TIMEOUT_MS / 1000} s`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
}

async function measure(
  browser: Browser,
  siteUrl: string,
  crmDist: string,
  spec: { name: string; path: string; signedIn: boolean },
  cookie: SessionCookie | null,
): Promise<CrmPage> {
  const context = await browser.newContext();
  try {
    if (cookie) await context.addCookies([cookie]);
    const page = await context.newPage();
    const origin = new URL(siteUrl).origin;
    const scripts: string[] = [];
    const problems: string[] = [];
    page.on("response", (res) => {
      const url = new URL(res.url());
      // A module preloaded by a <link rel=modulepreload> counts as much as one imported: either way it is downloaded.
      if (res.request().resourceType() !== "script" && !/\.m?js$/.test(url.pathname)) return;
      if (url.origin !== origin || !url.pathname.startsWith("/app/")) {
        problems.push(`a script from outside the CRM: ${res.url()}`);
      } else if (!scripts.includes(url.pathname)) {
        scripts.push(url.pathname);
      }
      if (!res.ok()) problems.push(`${url.pathname}: ${res.status()}`);
    });
    page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
    const settled = quietNetwork(page);
    await page.goto(new URL(spec.path, siteUrl).href, { waitUntil: "networkidle", timeout: TIMEOUT_MS });
    await page.waitForFunction(CONTENT_SHOWN, undefined, { timeout: TIMEOUT_MS, polling: 50 }).catch(() => {
      throw new Error(`${spec.path} showed no content in ${TIMEOUT_MS / 1000} s`);
    });
    await settled();
    // A signed-in page that sent the browser to the sign-in page would measure the wrong page.
    const landed = new URL(page.url()).pathname;
    if (landed !== spec.path) throw new Error(`${spec.path} ended up at ${landed}`);
    if (problems.length > 0) throw new Error(`${spec.path}: ${problems.join("; ")}`);
    const files = scripts.map((pathname): JsFile => {
      const file = decodeURIComponent(pathname.slice("/app/".length));
      const path = join(crmDist, file);
      if (!existsSync(path)) throw new Error(`${pathname} was served but is not in ${crmDist}: rebuild`);
      const buf = readFileSync(path);
      return { file, bytes: buf.length, gzip: gz(buf) };
    });
    return {
      name: spec.name,
      path: spec.path,
      signedIn: spec.signedIn,
      files,
      gzip: files.reduce((s, f) => s + f.gzip, 0),
      bytes: files.reduce((s, f) => s + f.bytes, 0),
    };
  } finally {
    await context.close();
  }
}

/**
 * Opens every page of `CRM_PAGES` on the production server at `siteUrl` (its database seeded with the demo data) and
 * returns the JavaScript each one loaded. Throws when Chromium is missing: check `chromePath()` first.
 */
export async function crmPagesInBrowser(o: { siteUrl: string; crmDist: string }): Promise<CrmPage[]> {
  const cookie = await signIn(o.siteUrl);
  const contact = await firstContact(o.siteUrl, cookie);
  const browser = await chromium.launch({
    executablePath: chromePath(),
    args: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  try {
    const out: CrmPage[] = [];
    for (const spec of CRM_PAGES) {
      const path = spec.path.replace("{contact}", encodeURIComponent(contact));
      out.push(await measure(browser, o.siteUrl, o.crmDist, { ...spec, path }, spec.signedIn ? cookie : null));
    }
    return out;
  } finally {
    await browser.close();
  }
}
