import { defineConfig, type Plugin, type ProxyOptions } from "vite";
import solid from "vite-plugin-solid";

// The API server in dev. The browser only ever talks to Vite, which forwards these paths, so the app sees one
// origin exactly as in production (where the API server itself serves the built app at /app/).
const apiUrl = process.env.API_URL ?? "http://127.0.0.1:3000";

// changeOrigin stays false: the server's CSRF check compares Origin with Host, and both must keep the Vite address.
const toApi: ProxyOptions = { target: apiUrl, changeOrigin: false };
const proxy = { "/trpc": toApi, "/healthz": toApi, "/api": toApi };

/**
 * The router writes the app's root as `/app` (no slash), and a reload there must still open the app. The API server
 * answers `/app` in production; this does the same for the dev server, which only serves under `/app/`.
 */
function redirectToBase(): Plugin {
  return {
    name: "abante:redirect-to-base",
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const [path, query] = (req.url ?? "").split(/\?(.*)/s, 2);
        if (path !== "/" && path !== "/app") return next();
        res.writeHead(302, { Location: `/app/${query ? `?${query}` : ""}` }).end();
      });
    },
  };
}

export default defineConfig({
  base: "/app/",
  plugins: [solid(), redirectToBase()],
  server: { host: "127.0.0.1", port: 5173, strictPort: true, proxy },
  preview: { host: "127.0.0.1", port: 4173, strictPort: true, proxy },
  build: {
    outDir: "dist",
    target: "es2022",
    // The whole first load must stay small (goal: ≤ 60 kB gzipped). Warn as soon as one chunk grows past 50 kB
    // minified so a heavy dependency is noticed when it lands, not at release.
    chunkSizeWarningLimit: 50,
    // Every browser that runs ES2022 supports modulepreload; the polyfill would only add bytes.
    modulePreload: { polyfill: false },
  },
});
