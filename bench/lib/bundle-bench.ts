// d) JavaScript shipped on first load, gzipped, read from the builds (`pnpm build`): for the CRM, what
// dist/index.html loads (its module scripts and modulepreload links, plus their static imports); for the marketing
// site, each page's scripts (external and inline). Lazy chunks (dynamic import) are not part of the first load.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { atMost, type Check, kb } from "./measure";

export interface JsFile {
  file: string;
  bytes: number;
  gzip: number;
}

/** gzip at level 6, the usual default of web servers and CDNs. */
const gz = (buf: Buffer | string) => gzipSync(buf, { level: 6 }).length;

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

export function marketingPages(dist: string): { page: string; files: JsFile[]; gzip: number }[] | null {
  // Astro with a server adapter puts the prerendered pages and assets under dist/client.
  const root = existsSync(join(dist, "client")) ? join(dist, "client") : dist;
  if (!existsSync(root)) return null;
  return htmlPages(root).map((page) => {
    const { urls, inline } = pageScripts(readFileSync(page, "utf8"));
    const files = closure(root, "/", urls, dirname(page));
    for (const code of inline) files.push({ file: "(inline)", bytes: Buffer.byteLength(code), gzip: gz(code) });
    return { page: relative(root, page), files, gzip: files.reduce((s, f) => s + f.gzip, 0) };
  });
}

export function benchBundles(o: { crmDist: string; marketingDist: string; log: (line: string) => void }): {
  checks: Check[];
  data: Record<string, unknown>;
} {
  const checks: Check[] = [];
  const crm = crmFirstLoad(o.crmDist);
  if (!crm) {
    checks.push({ name: "CRM first-load JS (gzip)", measured: "no build", target: "≤ 60 kB", verdict: "SKIP" });
    o.log(`  no CRM build in ${o.crmDist}: run pnpm build`);
  } else {
    o.log(`  CRM build of ${crm.builtAt.toISOString()}:`);
    for (const f of crm.files) o.log(`    ${f.file}: ${kb(f.bytes)} → ${kb(f.gzip)} gzip`);
    checks.push({
      name: "CRM first-load JS (gzip)",
      measured: kb(crm.gzip),
      baseline: `${kb(crm.bytes)} raw`,
      target: "≤ 60 kB",
      verdict: atMost(crm.gzip, 60 * 1024),
    });
  }
  const pages = marketingPages(o.marketingDist);
  if (!pages) {
    checks.push({ name: "marketing page JS (gzip, largest page)", measured: "no build", verdict: "SKIP" });
  } else {
    const largest = pages.reduce((a, b) => (b.gzip > a.gzip ? b : a), { page: "-", files: [], gzip: 0 });
    o.log(
      largest.gzip > 0
        ? `  marketing: ${pages.length} pages; largest JS on ${largest.page}: ${kb(largest.gzip)} gzip`
        : `  marketing: ${pages.length} pages, none loads JavaScript`,
    );
    checks.push({
      name: `marketing page JS (gzip, largest of ${pages.length} pages)`,
      measured: kb(largest.gzip),
      baseline: largest.gzip > 0 ? largest.page : "no scripts on any page",
      verdict: "INFO",
    });
  }
  return { checks, data: { crm, marketing: pages } };
}
