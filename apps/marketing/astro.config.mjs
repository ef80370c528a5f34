// @ts-check
import node from "@astrojs/node";
import { defineConfig, passthroughImageService } from "astro/config";

// Build/dev-time settings (turbo.json declares them for `build`). PUBLIC_URL: the public origin, used for canonical
// and hreflang URLs. API_URL: where `astro dev` proxies the API; the on-demand pages also read it at run time
// (src/lib/env.ts) to fetch events and partners.
const site = new URL(process.env.PUBLIC_URL || "http://localhost:3000").href;
const apiUrl = process.env.API_URL || "http://127.0.0.1:3000";

export default defineConfig({
  site,
  // Pages are prerendered to dist/client; only routes with `prerender = false` (`/`, `/lang/*`, pricing, events,
  // partners, 404) run in dist/server. "middleware" mode exports a Node `handler` that apps/server calls from its
  // not-found handler.
  output: "static",
  adapter: node({ mode: "middleware" }),
  trailingSlash: "ignore",
  build: { format: "directory" },
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
