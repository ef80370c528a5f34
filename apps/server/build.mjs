// Production bundle: the server and every workspace package in one file; third-party packages stay in node_modules.
import { cpSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, "dist");
rmSync(dist, { recursive: true, force: true });

const pkg = JSON.parse(readFileSync(join(here, "package.json"), "utf8"));
const workspace = (name) => name.startsWith("@abante/");

await build({
  entryPoints: [join(here, "src", "main.ts")],
  outfile: join(dist, "main.js"),
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  sourcemap: true,
  // Bundle workspace packages (they export TypeScript source); everything else is resolved at run time.
  plugins: [
    {
      name: "externalize-third-party",
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, (args) => {
          if (workspace(args.path) || args.path.startsWith("node:")) return undefined;
          // The bundle runs from dist/, so it must find the package from here: list it in this package.json.
          try {
            import.meta.resolve(args.path);
          } catch {
            return {
              errors: [
                {
                  text: `${args.path} is imported by ${args.importer} but not resolvable from apps/server: add it to its dependencies`,
                },
              ],
            };
          }
          return { path: args.path, external: true };
        });
      },
    },
  ],
  banner: {
    js: "import { createRequire as __abanteRequire } from 'node:module'; const require = __abanteRequire(import.meta.url);",
  },
  logLevel: "info",
});

// The migrations travel with the bundle (the db package resolves them next to itself first).
cpSync(join(here, "..", "..", "packages", "db", "drizzle"), join(dist, "drizzle"), { recursive: true });
console.log(`built @abante/server ${pkg.version} → dist/main.js`);
