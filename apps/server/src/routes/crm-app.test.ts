import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Fastify, { type FastifyInstance } from "fastify";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { registerCrmApp } from "./crm-app";

// The CRM's production serving, on a stand-in build in a scratch folder: a deploy that rebuilds apps/crm/dist in
// place (new index.html, new hashed files, old ones gone) must be served as it is now, without a restart.

let dist: string;
let app: FastifyInstance;

const page = (entry: string) =>
  `<!doctype html><html lang="en"><head><script type="module" src="/app/assets/${entry}"></script></head>` +
  `<body><div id="root"></div></body></html>`;

/** Writes a build: its page names `entry`; the file's time is set, as a rebuild in the same second would not be. */
function build(entry: string, at: Date) {
  rmSync(join(dist, "assets"), { recursive: true, force: true });
  mkdirSync(join(dist, "assets"), { recursive: true });
  writeFileSync(join(dist, "assets", entry), `console.log(${JSON.stringify(entry)});`);
  writeFileSync(join(dist, "index.html"), page(entry));
  utimesSync(join(dist, "index.html"), at, at);
}

beforeEach(async () => {
  dist = mkdtempSync(join(tmpdir(), "abante-crm-dist-"));
  build("index-AAAA1111.js", new Date("2026-01-01T10:00:00Z"));
  app = Fastify();
  await registerCrmApp(app, { root: dist });
  // As in app.ts: whatever is not the CRM's is someone else's 404.
  app.setNotFoundHandler((_req, reply) => reply.code(404).send({ error: "Not found (root)" }));
  await app.ready();
});

afterEach(async () => {
  await app.close();
  rmSync(dist, { recursive: true, force: true });
});

const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: "GET", url, headers });

describe("the CRM at /app in production", () => {
  it("serves its page at /app/ and for every client-side route, its hashed files for good", async () => {
    const redirect = await get("/app");
    expect(redirect.statusCode).toBe(301);
    expect(redirect.headers.location).toBe("/app/");

    const shell = await get("/app/");
    expect(shell.statusCode).toBe(200);
    expect(shell.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(shell.headers["cache-control"]).toBe("no-cache");
    expect(shell.body).toContain("/app/assets/index-AAAA1111.js");
    for (const route of ["/app/t/acme/contacts/0190b000-0000-7000-8000-000000000001", "/app/sign-in?next=%2Ft"]) {
      const deep = await get(route);
      expect(deep.statusCode, route).toBe(200);
      expect(deep.body, route).toBe(shell.body);
    }

    const js = await get("/app/assets/index-AAAA1111.js");
    expect(js.statusCode).toBe(200);
    expect(js.headers["content-type"]).toContain("javascript");
    expect(js.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
  });

  it("answers a repeated visit with 304 until the page changes", async () => {
    const first = await get("/app/");
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await get("/app/contacts", { "if-none-match": etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe("");
  });

  it("picks up a rebuild without a restart: the new page, its new files, and a 404 for the files that went", async () => {
    const before = await get("/app/");
    build("index-BBBB2222.js", new Date("2026-01-01T10:05:00Z"));

    const after = await get("/app/t/acme/deals");
    expect(after.statusCode).toBe(200);
    expect(after.body).toContain("/app/assets/index-BBBB2222.js");
    expect(after.headers.etag).not.toBe(before.headers.etag);
    // The browser's cached copy is stale: it gets the new page, not a 304.
    expect((await get("/app/", { "if-none-match": before.headers.etag as string })).statusCode).toBe(200);

    // A file that did not exist when the server started (it used to get the HTML page, served as script).
    const js = await get("/app/assets/index-BBBB2222.js");
    expect(js.statusCode).toBe(200);
    expect(js.body).toBe('console.log("index-BBBB2222.js");');
    // A chunk of the old build asked for by a page still open: a plain 404, never the HTML page.
    const gone = await get("/app/assets/index-AAAA1111.js");
    expect(gone.statusCode).toBe(404);
    expect(gone.headers["content-type"]).not.toContain("text/html");
  });

  it("keeps serving the last page read while a build has removed it, and the same size rewritten still counts", async () => {
    const before = (await get("/app/")).body;
    rmSync(join(dist, "index.html"));
    const during = await get("/app/contacts");
    expect(during.statusCode).toBe(200);
    expect(during.body).toBe(before);

    // Same length, new content, new time: the stat's time tells it apart.
    build("index-CCCC3333.js", new Date("2026-01-01T10:10:00Z"));
    expect((await get("/app/")).body).toContain("index-CCCC3333.js");
  });

  it("refuses to start without a build, and leaves other paths and methods to the rest of the server", async () => {
    const empty = mkdtempSync(join(tmpdir(), "abante-crm-empty-"));
    try {
      await expect(registerCrmApp(Fastify(), { root: empty })).rejects.toThrow(/CRM build not found/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
    const post = await app.inject({ method: "POST", url: "/app/contacts" });
    expect(post.statusCode).toBe(404);
    expect((await get("/elsewhere")).json()).toEqual({ error: "Not found (root)" });
    expect((await get("/app/../etc/passwd")).body).not.toContain("root:");
  });
});
