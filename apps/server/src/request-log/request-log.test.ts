import { schema } from "@abante/db";
import { createTestDb, type TestDb } from "@abante/db/testing";
import fastifyCookie from "@fastify/cookie";
import Fastify from "fastify";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { registerGeo } from "../geo";
import {
  cleanReferrer,
  createRequestLogWriter,
  describeClient,
  pathOf,
  type RequestLogRow,
  type RequestLogWriterOptions,
  registerRequestLog,
} from "./index";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t?.close());
beforeEach(async () => {
  await t.db.delete(schema.requestLog);
});

const clock = new Date("2026-11-20T10:11:12Z");
const FIREFOX_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0";
const SAFARI_IPHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

async function server(writer: Omit<RequestLogWriterOptions, "db" | "log"> = {}) {
  const app = Fastify({ trustProxy: true });
  await app.register(fastifyCookie);
  registerGeo(app);
  const log = registerRequestLog(app, { db: t.db, now: () => clock, writer });
  app.get("/healthz", async () => ({ status: "ok" }));
  app.get("/pt-br/pricing/", async () => "pricing");
  app.get("/trpc/:path", async () => ({ result: {} }));
  app.get("/_astro/app.js", async () => "js");
  app.get("/app/assets/index.js", async () => "js");
  app.get("/favicon.svg", async () => "svg");
  // The marketing site answers from a hijacked reply (Astro's handler writes to the raw response).
  app.get("/es/", (_req, reply) => {
    reply.hijack();
    reply.raw.writeHead(200, { "content-type": "text/html" });
    reply.raw.end("<h1>hola</h1>");
  });
  return { app, log };
}

const logged = () => t.db.select().from(schema.requestLog).orderBy(schema.requestLog.id);

describe("P5 request log", () => {
  it("P5 records IP, time, browser and version, OS, device, referrer, path, country and language", async () => {
    const { app, log } = await server();
    const page = await app.inject({
      url: "/pt-br/pricing/?utm_source=newsletter&email=ana@example.com",
      headers: {
        "x-forwarded-for": "200.160.2.3",
        "user-agent": FIREFOX_WINDOWS,
        referer: "https://www.google.com/search?q=abante+crm#top",
        "accept-language": "en-US,en;q=0.8",
      },
    });
    expect(page.statusCode).toBe(200);
    await app.inject({
      url: "/trpc/platform.status?input=%7B%7D",
      headers: { "x-forwarded-for": "::ffff:8.8.8.8", "user-agent": SAFARI_IPHONE, "accept-language": "de-DE" },
    });
    await app.inject({ url: "/es/", headers: { "x-forwarded-for": "80.58.61.250", "user-agent": "curl/8.5.0" } });
    await log.flush();

    const rows = await logged();
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({
      at: clock,
      kind: "page",
      method: "GET",
      path: "/pt-br/pricing/",
      status: 200,
      ip: "200.160.2.3",
      browser: "Firefox",
      browserVersion: "128.0",
      os: "Windows 10",
      deviceType: "desktop",
      referrer: "https://www.google.com/search",
      country: "BR",
      // The URL prefix beats Accept-Language.
      language: "pt-BR",
    });
    expect(rows[1]).toMatchObject({
      kind: "api",
      path: "/trpc/platform.status",
      ip: "8.8.8.8",
      browser: "Safari",
      browserVersion: "17.5",
      os: "iOS 17",
      deviceType: "mobile",
      referrer: null,
      country: "US",
      language: "de",
    });
    expect(rows[2]).toMatchObject({
      kind: "page",
      path: "/es/",
      status: 200,
      ip: "80.58.61.250",
      browser: "curl",
      deviceType: "bot",
      country: "ES",
      language: "es",
    });
    // Query strings never reach the log.
    expect(JSON.stringify(rows)).not.toContain("utm_source");
    expect(JSON.stringify(rows)).not.toContain("ana@example.com");
    await app.close();
  });

  it("P5 the explicitly chosen language (cookie) is the logged language", async () => {
    const { app, log } = await server();
    await app.inject({ url: "/trpc/x", headers: { cookie: "abante_lang=fr", "accept-language": "es" } });
    await log.flush();
    expect((await logged())[0]?.language).toBe("fr");
    await app.close();
  });

  it("skips the health check and static assets, logs errors and unknown pages", async () => {
    const { app, log } = await server();
    for (const url of ["/healthz", "/_astro/app.js", "/app/assets/index.js", "/favicon.svg", "/nope/"]) {
      await app.inject({ url, headers: { "x-forwarded-for": "10.0.0.1" } });
    }
    await log.flush();
    const rows = await logged();
    expect(rows.map((r) => [r.path, r.status, r.country])).toEqual([["/nope/", 404, null]]);
    await app.close();
  });

  it("P5 writes what is still buffered when the server closes", async () => {
    const { app } = await server({ flushIntervalMs: 60_000 });
    await app.inject({ url: "/pt-br/pricing/" });
    await app.inject({ url: "/pt-br/pricing/" });
    expect(await logged()).toHaveLength(0);
    await app.close();
    expect(await logged()).toHaveLength(2);
  });

  it("writes a full batch at once without waiting for the timer", async () => {
    const { app, log } = await server({ flushIntervalMs: 60_000, maxBatch: 3 });
    for (let i = 0; i < 3; i++) await app.inject({ url: "/pt-br/pricing/" });
    for (let i = 0; i < 50 && (await logged()).length < 3; i++) await new Promise((r) => setTimeout(r, 20));
    expect(await logged()).toHaveLength(3);
    expect(log.pending).toBe(0);
    await app.close();
  });

  it("P5 responses do not wait for a slow database", async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const written: RequestLogRow[] = [];
    let inserts = 0;
    const { app, log } = await server({
      flushIntervalMs: 5,
      maxBatch: 2,
      insert: async (rows) => {
        inserts++;
        await gate; // the insert hangs, like one blocked on a lock
        written.push(...rows);
      },
    });
    const started = performance.now();
    for (let i = 0; i < 20; i++) {
      const res = await app.inject({ url: "/pt-br/pricing/" });
      expect(res.statusCode).toBe(200);
    }
    const elapsed = performance.now() - started;
    expect(inserts).toBe(1); // one insert at a time: the first is stuck, the rest wait in memory
    expect(elapsed).toBeLessThan(1000);
    expect(written).toHaveLength(0);
    release();
    await log.flush();
    expect(written).toHaveLength(20);
    await app.close();
  });

  it.skipIf(!process.env.DATABASE_URL)("P5 responses stay fast while the request_log table is locked", async () => {
    const { app, log } = await server({ flushIntervalMs: 5 });
    // Another session holds an exclusive lock: every insert into request_log blocks until it commits.
    await t.ownerExec("begin; lock table request_log in access exclusive mode");
    try {
      await app.inject({ url: "/pt-br/pricing/" });
      await new Promise((r) => setTimeout(r, 50)); // the writer is now blocked on the lock
      const started = performance.now();
      for (let i = 0; i < 10; i++) expect((await app.inject({ url: "/pt-br/pricing/" })).statusCode).toBe(200);
      expect(performance.now() - started).toBeLessThan(1000);
      // The writer really is stuck: the first insert waits on the lock, the later rows wait in memory.
      expect(log.pending).toBe(10);
    } finally {
      await t.ownerExec("commit");
    }
    await log.flush();
    expect(await logged()).toHaveLength(11);
    await app.close();
  });

  it("a failing insert drops its batch with one error log and the next batch is written", async () => {
    const errors: unknown[] = [];
    let fail = true;
    const writer = createRequestLogWriter({
      db: t.db,
      log: { error: (obj) => errors.push(obj), warn: () => {} },
      flushIntervalMs: 60_000,
      insert: async (rows) => {
        if (fail) throw new Error("database down");
        await t.db.insert(schema.requestLog).values(rows);
      },
    });
    const row: RequestLogRow = { at: clock, kind: "page", method: "GET", path: "/", status: 200, ip: "192.0.2.1" };
    writer.push(row);
    writer.push(row);
    await writer.flush();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ dropped: 2 });
    fail = false;
    writer.push(row);
    await writer.close();
    expect(await logged()).toHaveLength(1);
  });
});

describe("request log helpers", () => {
  it("keeps only origin and path of referrers", () => {
    expect(cleanReferrer("https://news.example.org/a/b?id=7#c")).toBe("https://news.example.org/a/b");
    expect(cleanReferrer("android-app://com.google.android.gm/")).toBeNull();
    expect(cleanReferrer("not a url")).toBeNull();
    expect(cleanReferrer(undefined)).toBeNull();
  });

  it("drops query strings and fragments from paths", () => {
    expect(pathOf("/es/?q=1")).toBe("/es/");
    expect(pathOf("/a#b")).toBe("/a");
    expect(pathOf("")).toBe("/");
  });

  it("describes clients without keeping the user agent", () => {
    expect(describeClient(undefined)).toEqual({ browser: null, browserVersion: null, os: null, deviceType: null });
    expect(describeClient("python-requests/2.32.3")).toMatchObject({ browser: "python-requests", deviceType: "bot" });
  });
});
