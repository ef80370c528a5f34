// @ts-check
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import node from "@astrojs/node";
import { defineConfig, passthroughImageService } from "astro/config";

// Build/dev-time settings (turbo.json declares them for `build`). PUBLIC_URL: the public origin, used for canonical
// and hreflang URLs. API_URL: where `astro dev` proxies the API; the on-demand pages also read it at run time
// (src/lib/env.ts) to fetch events and partners.
const site = new URL(process.env.PUBLIC_URL || "http://localhost:3000").href;
const apiUrl = process.env.API_URL || "http://127.0.0.1:3000";

/**
 * Brotli and gzip copies (`.br`, `.gz`) of the built text files, at the highest levels: apps/server sends them as
 * they are to browsers that accept them (@fastify/static `preCompressed`), so no page is compressed per request.
 * @returns {import("astro").AstroIntegration}
 */
function precompress() {
  const text = /\.(html|css|js|mjs|svg|json|xml|txt)$/;
  /** @param {string} dir @returns {Promise<string[]>} */
  const files = async (dir) =>
    (await readdir(dir, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile() && text.test(e.name))
      .map((e) => join(e.parentPath, e.name));
  return {
    name: "abante:precompress",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        let count = 0;
        for (const file of await files(fileURLToPath(dir))) {
          const raw = await readFile(file);
          if (raw.length < 1024) continue; // a packet either way
          const br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
          const gz = gzipSync(raw, { level: 9 });
          if (br.length < raw.length) await writeFile(`${file}.br`, br);
          if (gz.length < raw.length) await writeFile(`${file}.gz`, gz);
          count++;
        }
        logger.info(`${count} files precompressed (.br, .gz)`);
      },
    },
  };
}

export default defineConfig({
  site,
  // Pages are prerendered to dist/client; only routes with `prerender = false` (`/`, `/lang/*`, pricing, events,
  // partners, 404) run in dist/server. "middleware" mode exports a Node `handler` that apps/server calls from its
  // not-found handler.
  output: "static",
  adapter: node({ mode: "middleware" }),
  trailingSlash: "ignore",
  // The stylesheet (~3.5 kB brotli) goes inline in every page: no render-blocking request before the first paint.
  build: { format: "directory", inlineStylesheets: "always" },
  i18n: {
    // Keep in sync with `locales` in @abante/i18n (a test checks it).
    locales: ["en", "es", { path: "pt-br", codes: ["pt-BR", "pt"] }, "fr", "de"],
    defaultLocale: "en",
    routing: {
      prefixDefaultLocale: true,
      // `/` is ours: src/pages/index.ts negotiates the locale instead of always sending visitors to /en/.
      redirectToDefaultLocale: false,
    },
  },
  // The site's images are inline SVG; no image processing, so no native `sharp` dependency at run time.
  image: { service: passthroughImageService() },
  integrations: [precompress()],
  server: { host: "127.0.0.1", port: 4321 },
  // No third-party requests and no client JavaScript: nothing to prefetch, no dev toolbar in the page.
  prefetch: false,
  devToolbar: { enabled: false },
  vite: {
    server: {
      // In dev the browser talks only to Astro; the API lives on apps/server. One origin, as in production.
      // The Host header is kept (no changeOrigin), so the API's CSRF check sees the same origin as the browser.
      proxy: {
        "/trpc": apiUrl,
        "/api": apiUrl,
        "/healthz": apiUrl,
        // The CRM's dev server, so that the whole platform is reachable from this one origin in dev too.
        "/app": { target: process.env.CRM_DEV_URL || "http://127.0.0.1:5173", ws: true },
      },
    },
  },
});
