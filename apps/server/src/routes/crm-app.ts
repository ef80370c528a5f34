import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

// The built CRM (apps/crm/dist) at /app/, in production. Hashed files under assets/ are cached for good; every other
// path is either a file of the build or a client-side route of the app, which gets the app's page (index.html).
// A deploy that rebuilds the CRM in place is picked up without a restart: files are looked up per request, not
// listed once at start, and the page is read again whenever its file changed.

export interface CrmAppOptions {
  /** The CRM build: index.html and assets/. */
  root: string;
}

const ASSETS = "/app/assets/";

/** The app's page as last read, with what identifies that version of the file. */
interface Shell {
  body: Buffer;
  etag: string;
  /** mtime, size and inode: a rewrite of the file changes at least one of them. */
  version: string;
}

/**
 * index.html, read again when its file changed: one stat per request (cheap, and the page is fetched once per visit,
 * never for the assets). While the file is missing (a build in progress empties dist/ first) the last version read
 * is served; only a server that never read it fails.
 */
export function createShellReader(file: string) {
  let current: Shell | undefined;
  let reading: Promise<Shell> | undefined;

  async function read(version: string): Promise<Shell> {
    const body = await readFile(file);
    return { body, etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`, version };
  }

  return async function shell(): Promise<Shell> {
    let version: string;
    try {
      const s = await stat(file);
      version = `${s.mtimeMs}:${s.size}:${s.ino}`;
    } catch (error) {
      if (current) return current;
      throw error;
    }
    if (current?.version === version) return current;
    // Concurrent requests after a change share one read.
    reading ??= read(version).finally(() => {
      reading = undefined;
    });
    try {
      current = await reading;
    } catch (error) {
      if (!current) throw error;
    }
    return current;
  };
}

/** The page of the app: never cached without asking again (its ETag makes asking cheap). */
async function sendShell(shell: () => Promise<Shell>, req: FastifyRequest, reply: FastifyReply) {
  const page = await shell();
  reply.type("text/html; charset=utf-8").header("cache-control", "no-cache").header("etag", page.etag);
  if (req.headers["if-none-match"] === page.etag) return reply.code(304).send();
  return reply.send(page.body);
}

export async function registerCrmApp(app: FastifyInstance, opts: CrmAppOptions): Promise<void> {
  const shell = createShellReader(join(opts.root, "index.html"));
  const assets = join(resolve(opts.root), "assets", "/");
  // At start the build must be there: a server without its app is a deploy mistake, said at once.
  await shell().catch(() => {
    throw new Error(`CRM build not found in ${opts.root}: run pnpm build`);
  });

  await app.register(
    async (scope) => {
      scope.get("/", { prefixTrailingSlash: "no-slash" }, (_req, reply) => reply.redirect("/app/", 301));
      scope.get("/", { prefixTrailingSlash: "slash" }, (req, reply) => sendShell(shell, req, reply));
      // Files are looked up when asked for (wildcard), so a rebuild's new hashed files are served at once.
      await scope.register(fastifyStatic, {
        root: resolve(opts.root),
        prefix: "/",
        wildcard: true,
        index: false,
        redirect: false,
        decorateReply: false,
        setHeaders: (reply, path) => {
          reply.header("cache-control", path.startsWith(assets) ? "public, max-age=31536000, immutable" : "no-cache");
        },
      });
      // Not a file: a client-side route gets the app's page, so a reload on a deep link works. A missing hashed
      // file stays a 404 (a page from an older build asking for a chunk that is gone must not get HTML as script).
      scope.setNotFoundHandler((req, reply) => {
        const path = req.url.split("?")[0] ?? "";
        if ((req.method !== "GET" && req.method !== "HEAD") || path.startsWith(ASSETS)) {
          return reply.code(404).send({ error: "Not found" });
        }
        return sendShell(shell, req, reply);
      });
    },
    { prefix: "/app" },
  );
}
