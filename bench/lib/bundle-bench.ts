// d) JavaScript shipped on first load, gzipped. For the CRM, each page as Chromium loads it (lib/crm-browser.ts: the
// entry chunk, the route's lazy chunk, whatever the page preloads), held to 60 kB, and for information what
// dist/index.html alone names (its module scripts and modulepreload links, plus their static imports). For the
// marketing site, each page's scripts (external and inline) as the production server sends the page (on-demand pages
// too), read from the build, with the content pages held to 8 kB (the consent banner included) and the form pages
// reported; its lazy chunks (dynamic import: analytics after consent, the proof-of-work widget) are not part of the
// first load.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { CRM_PAGES, type CrmPage, chromePath, crmPagesInBrowser } from "./crm-browser";
import { atMost, type Check, gz, kb } from "./measure";

export interface JsFile {
  file: string;
  bytes: number;
  gzip: number;
}

const attr = (tag: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, "i").exec(tag)?.[1];

/** Scripts a page loads at once: `<script src>` (classic or module), `<link rel=modulepreload>`, inline scripts. */
function pageScripts(html: string): { urls: string[]; inline: string[] } {
  const urls: string[] = [];
  const inline: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const tag = m[1] ?? "";
    const type = attr(tag, "type");
    if (type && !/^(module|text\/javascript)$/i.test(type)) continue; // JSON-LD, import maps, templates
    const src = attr(tag, "src");
    if (src) urls.push(src);
    else if (m[2]?.trim()) inline.push(m[2]);
  }
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    if (/\brel\s*=\s*["']?modulepreload/i.test(m[0])) {
      const href = attr(m[0], "href");
      if (href) urls.push(href);
    }
  }
  return { urls, inline };
}

/** Static `import … from "./x.js"` / `import "./x.js"` of a built chunk (not `import("…")`, which loads lazily). */
function staticImports(code: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(/(?:\bimport|\bfrom)\s*["']([^"']+\.m?js)["']/g)) {
    if (m[1]?.startsWith(".")) out.push(m[1]);
  }
  return out;
}

/**
 * Every JS file a page needs before it runs: `urls` resolved under `root` (after removing `base`), followed through
 * their static imports.
 */
function closure(root: string, base: string, urls: readonly string[], pageDir: string): JsFile[] {
  const seen = new Map<string, JsFile>();
  const visit = (path: string) => {
    if (seen.has(path) || !existsSync(path)) return;
    const buf = readFileSync(path);
    seen.set(path, { file: relative(root, path), bytes: buf.length, gzip: gz(buf) });
    for (const imp of staticImports(buf.toString("utf8"))) visit(resolve(dirname(path), imp));
  };
  for (const url of urls) {
    if (/^(https?:)?\/\//.test(url)) continue; // third-party scripts are not in the build
    const path = url.startsWith(base) ? join(root, url.slice(base.length)) : resolve(pageDir, url);
    visit(path);
  }
  return [...seen.values()];
}

export function crmFirstLoad(dist: string): { files: JsFile[]; gzip: number; bytes: number; builtAt: Date } | null {
  const index = join(dist, "index.html");
  if (!existsSync(index)) return null;
  const { urls, inline } = pageScripts(readFileSync(index, "utf8"));
  const files = closure(dist, "/app/", urls, dist);
  for (const code of inline)
    files.push({ file: "index.html (inline)", bytes: Buffer.byteLength(code), gzip: gz(code) });
  return {
    files,
    gzip: files.reduce((s, f) => s + f.gzip, 0),
    bytes: files.reduce((s, f) => s + f.bytes, 0),
    builtAt: statSync(index).mtime,
  };
}

function htmlPages(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...htmlPages(path));
    else if (entry.name.endsWith(".html")) out.push(path);
  }
  return out;
}

export interface MarketingPage {
  /** The URL path, e.g. /en/pricing/. */
  page: string;
  /** The same page in any locale, e.g. /pricing/. */
  route: string;
  /** The page has a public form (the form island, its proof-of-work widget): reported, not held to the target. */
  form: boolean;
  files: JsFile[];
  gzip: number;
}

/** The marketing site's pages rendered on demand (src/pages/[locale]/*.astro with `prerender = false`). */
export const ON_DEMAND_PAGES = ["/pricing/", "/events/", "/partners/"];

/** The marketing build's client folder: Astro with a server adapter puts prerendered pages and assets there. */
const clientRoot = (dist: string) => (existsSync(join(dist, "client")) ? join(dist, "client") : dist);

const localeOf = (page: string) => /^\/([^/]+)\//.exec(page)?.[1] ?? "";

function marketingPage(root: string, page: string, html: string): MarketingPage {
  const { urls, inline } = pageScripts(html);
  const files = closure(root, "/", urls, join(root, page));
  for (const code of inline) files.push({ file: "(inline)", bytes: Buffer.byteLength(code), gzip: gz(code) });
  return {
    page,
    route: page.slice(localeOf(page).length + 1) || "/",
    form: /<form\b[^>]*\bdata-form\s*=/i.test(html),
    files,
    gzip: files.reduce((s, f) => s + f.gzip, 0),
  };
}

/**
 * Every marketing page's first-load JavaScript. With `siteUrl` (the production server) each page is fetched as a
 * browser gets it, the on-demand pages (pricing, events, partners) included; without it only the prerendered files.
 */
export async function marketingPages(dist: string, siteUrl?: string): Promise<MarketingPage[] | null> {
  const root = clientRoot(dist);
  if (!existsSync(root)) return null;
  const prerendered = htmlPages(root).map((file) => {
    const rel = relative(root, file).split("\\").join("/");
    return `/${rel.replace(/(^|\/)index\.html$/, "$1")}`;
  });
  if (!siteUrl) {
    return prerendered.map((page) => {
      const file = page.endsWith("/") ? join(root, page, "index.html") : join(root, page);
      return marketingPage(root, page, readFileSync(file, "utf8"));
    });
  }
  const locales = [...new Set(prerendered.map(localeOf).filter(Boolean))];
  const paths = [...prerendered, ...locales.flatMap((l) => ON_DEMAND_PAGES.map((p) => `/${l}${p}`))];
  const out: MarketingPage[] = [];
  for (const page of paths) {
    const res = await fetch(new URL(page, siteUrl), { headers: { "accept-language": "en" } });
    if (!res.ok) throw new Error(`GET ${page}: ${res.status}`);
    out.push(marketingPage(root, page, await res.text()));
  }
  return out;
}

/** The target for a content page's first-load JavaScript, consent banner included. */
const CONTENT_PAGE_LIMIT = 8 * 1024;

/** The target for the CRM's first-load JavaScript, on every page measured. */
const CRM_LIMIT = 60 * 1024;

/** "assets/contacts-LyAbbxWl.js" → "contacts"; the hash stays where two chunks of a page share a name. */
function chunkNames(files: readonly JsFile[]): string[] {
  const short = files.map((f) => f.file.replace(/^.*\//, "").replace(/-[\w-]{8}\.js$/, ""));
  return short.map((name, i) =>
    short.indexOf(name) !== short.lastIndexOf(name) ? files[i]!.file.replace(/^.*\//, "") : name,
  );
}

/** The CRM: every page in Chromium against the target; the build's entry alone for information (and as a fallback). */
async function benchCrm(o: {
  crmDist: string;
  siteUrl?: string;
  log: (line: string) => void;
}): Promise<{ checks: Check[]; data: Record<string, unknown> }> {
  const name = `CRM first-load JS (gzip, largest of ${CRM_PAGES.length} pages)`;
  const entry = crmFirstLoad(o.crmDist);
  if (!entry) {
    o.log(`  no CRM build in ${o.crmDist}: run pnpm build`);
    return { checks: [{ name, measured: "no build", target: "≤ 60 kB", verdict: "SKIP" }], data: { entry: null } };
  }
  const checks: Check[] = [];
  let pages: CrmPage[] | null = null;
  let error: string | undefined;
  // Without a browser there is no honest number for the target: SKIP, and the build's entry chunk below for context.
  const skip = !o.siteUrl
    ? { measured: "no server", why: "the production server did not start" }
    : !existsSync(chromePath())
      ? { measured: "no Chromium", why: `no Chromium at ${chromePath()} (set CHROME_PATH)` }
      : null;
  if (skip) {
    o.log(`  CRM pages in a browser: skipped, ${skip.why}; only the build's entry chunk is measured below`);
    checks.push({ name, measured: skip.measured, baseline: skip.why, target: "≤ 60 kB", verdict: "SKIP" });
  } else {
    o.log("  CRM in Chromium, each page in a fresh context (empty cache), demo tenant; JS fetched from /app/, gzip:");
    try {
      pages = await crmPagesInBrowser({ siteUrl: o.siteUrl!, crmDist: o.crmDist });
    } catch (err) {
      error = err instanceof Error ? err.message : String(err);
      o.log(`    failed: ${error}`);
      checks.push({ name, measured: "error", target: "≤ 60 kB", verdict: "FAIL", data: { error } });
    }
  }
  if (pages) {
    const nameWidth = Math.max(...pages.map((p) => p.name.length));
    const pathWidth = Math.max(...pages.map((p) => p.path.length));
    for (const p of pages) {
      const chunks = chunkNames(p.files).map((n, i) => `${n} ${kb(p.files[i]!.gzip)}`);
      o.log(
        `    ${p.name.padEnd(nameWidth)}  ${p.path.padEnd(pathWidth)}  ${kb(p.gzip).padStart(8)}  ` +
          `${atMost(p.gzip, CRM_LIMIT)} (≤ 60 kB)  ${p.files.length} files [${chunks.join(", ")}]`,
      );
    }
    const top = pages.reduce((a, b) => (b.gzip > a.gzip ? b : a));
    checks.push({
      name,
      measured: kb(top.gzip),
      baseline: top.path,
      target: "≤ 60 kB",
      verdict: atMost(top.gzip, CRM_LIMIT),
    });
  }
  o.log(`  CRM build of ${entry.builtAt.toISOString()}, the entry chunk and its static imports (dist/index.html):`);
  for (const f of entry.files) o.log(`    ${f.file}: ${kb(f.bytes)} → ${kb(f.gzip)} gzip`);
  checks.push({
    name: "CRM entry chunk and its static imports (gzip)",
    measured: kb(entry.gzip),
    baseline: `${kb(entry.bytes)} raw`,
    verdict: "INFO",
  });
  return { checks, data: { entry, pages, ...(error ? { error } : {}) } };
}

export async function benchBundles(o: {
  crmDist: string;
  marketingDist: string;
  /** The production server (lib/site.ts), its database seeded with the demo data: pages as served. */
  siteUrl?: string;
  log: (line: string) => void;
}): Promise<{ checks: Check[]; data: Record<string, unknown> }> {
  const crm = await benchCrm(o);
  const checks: Check[] = [...crm.checks];
  const pages = await marketingPages(o.marketingDist, o.siteUrl);
  if (!pages) {
    checks.push({ name: "marketing content page JS (gzip)", measured: "no build", target: "≤ 8 kB", verdict: "SKIP" });
    o.log(`  no marketing build in ${o.marketingDist}: run pnpm build`);
    return { checks, data: { crm: crm.data, marketing: null } };
  }
  // One line per page of the site: its largest locale (the scripts are the same in every locale).
  const routes = new Map<string, MarketingPage>();
  for (const p of pages) {
    const seen = routes.get(p.route);
    if (!seen || p.gzip > seen.gzip) routes.set(p.route, p);
  }
  const locales = new Set(pages.map((p) => localeOf(p.page))).size;
  o.log(
    `  marketing: ${pages.length} pages (${routes.size} per locale × ${locales} locales)` +
      `${o.siteUrl ? " as the production server sends them" : ", prerendered files only (no server)"}; ` +
      "first-load JS, gzip, the largest locale of each:",
  );
  const width = Math.max(...[...routes.keys()].map((r) => r.length));
  for (const p of [...routes.values()].sort(
    (a, b) => Number(a.form) - Number(b.form) || a.route.localeCompare(b.route),
  )) {
    const verdict = p.form ? "form page, for information" : `${atMost(p.gzip, CONTENT_PAGE_LIMIT)} (≤ 8 kB)`;
    // "_astro/ConsentBanner.astro_astro_type_script_index_0_lang.D3SGbN9W.js" → "ConsentBanner"
    const scripts = p.files.map((f) => `${f.file.replace(/^.*\//, "").replace(/\..*$/, "")} ${kb(f.gzip)}`).join(", ");
    o.log(`    ${p.route.padEnd(width)}  ${kb(p.gzip).padStart(8)}  ${verdict}${scripts ? `  [${scripts}]` : ""}`);
  }
  const largest = (list: MarketingPage[]) =>
    list.reduce<MarketingPage | undefined>((a, b) => (!a || b.gzip > a.gzip ? b : a), undefined);
  const content = pages.filter((p) => !p.form);
  const forms = pages.filter((p) => p.form);
  const top = largest(content);
  checks.push({
    name: `marketing content page JS incl. consent (gzip, largest of ${content.length} pages)`,
    measured: top ? kb(top.gzip) : "no pages",
    baseline: top?.page,
    target: "≤ 8 kB",
    verdict: top ? atMost(top.gzip, CONTENT_PAGE_LIMIT) : "SKIP",
  });
  const topForm = largest(forms);
  if (topForm) {
    checks.push({
      name: `marketing form page JS (gzip, largest of ${forms.length} pages)`,
      measured: kb(topForm.gzip),
      baseline: topForm.page,
      verdict: "INFO",
    });
  }
  return { checks, data: { crm: crm.data, marketing: pages } };
}
