import { Writable } from "node:stream";
import { createDb, migrate } from "@abante/db";
import { createTestDb, type TestDb } from "@abante/db/testing";
import pino from "pino";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer, MAX_BATCH_SIZE } from "./app";
import { loggerOptions } from "./logger";

let t: TestDb;
const lines: string[] = [];
const sink = new Writable({
  write(chunk, _enc, cb) {
    lines.push(String(chunk));
    cb();
  },
});
const log = pino(loggerOptions("trace", false), sink);

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t?.close());

async function server(trustProxy = "false") {
  const app = await buildServer({ db: t.db, app: { version: "9.9.9", startedAt: new Date() }, log, trustProxy });
  app.get("/test/ip", (req) => ({ ip: req.ip }));
  return app;
}

describe("HTTP server", () => {
  it("GET /healthz checks the database", async () => {
    const app = await server();
    const res = await app.inject("/healthz");
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: "ok", database: "up" });
    await app.close();
  });

  it("GET /healthz answers 503 when the database is unreachable", async () => {
    const broken = createDb({ url: "postgres://nobody@127.0.0.1:1/none", max: 1 });
    const app = await buildServer({ db: broken, app: { version: "x", startedAt: new Date() } });
    const res = await app.inject("/healthz");
    expect(res.statusCode).toBe(503);
    expect(res.json()).toEqual({ status: "error", database: "down" });
    await app.close();
  });

  it("serves tRPC at /trpc", async () => {
    const app = await server();
    const res = await app.inject("/trpc/platform.status");
    expect(res.statusCode).toBe(200);
    const data = superjson.deserialize(res.json().result.data) as { version: string; database: { driver: string } };
    expect(data.version).toBe("9.9.9");
    expect(data.database.driver).toBe(t.driver);
    await app.close();
  });

  it(`caps tRPC batches at ${MAX_BATCH_SIZE} calls`, async () => {
    const app = await server();
    const batch = (n: number) =>
      app.inject(
        `/trpc/${Array(n).fill("platform.status").join(",")}?batch=1&input=${encodeURIComponent(JSON.stringify({}))}`,
      );
    expect((await batch(MAX_BATCH_SIZE)).statusCode).toBe(200);
    const tooMany = await batch(MAX_BATCH_SIZE + 1);
    expect(tooMany.statusCode).toBe(400);
    await app.close();
  });

  it("sends security headers", async () => {
    const app = await server();
    const res = await app.inject("/healthz");
    expect(res.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(res.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(res.headers["x-powered-by"]).toBeUndefined();
    await app.close();
  });

  it("uses X-Forwarded-For only when the proxy is trusted", async () => {
    const headers = { "x-forwarded-for": "203.0.113.9" };
    const direct = await server("false");
    expect((await direct.inject({ url: "/test/ip", headers })).json().ip).toBe("127.0.0.1");
    await direct.close();
    const proxied = await server("loopback");
    expect((await proxied.inject({ url: "/test/ip", headers })).json().ip).toBe("203.0.113.9");
    await proxied.close();
  });

  it("answers unknown API paths with a JSON 404", async () => {
    const app = await server();
    const res = await app.inject("/nope");
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: "Not found" });
    await app.close();
  });

  it("never writes cookies, authorization headers or query-string tokens to the log", async () => {
    const app = await server();
    lines.length = 0;
    await app.inject({
      url: "/healthz?token=query-secret-123",
      headers: { cookie: "abante_session=cookie-secret-456", authorization: "Bearer header-secret-789" },
    });
    log.info({ password: "pw-secret-000", user: { token: "nested-secret-111" } }, "credentials in a log call");
    await app.close();
    const all = lines.join("\n");
    expect(all).toContain("/healthz");
    for (const secret of [
      "query-secret-123",
      "cookie-secret-456",
      "header-secret-789",
      "pw-secret-000",
      "nested-secret-111",
    ]) {
      expect(all).not.toContain(secret);
    }
  });
});

describe("migrate", () => {
  it("can run again on a live database without changing it", async () => {
    await migrate(t.db);
    const app = await server();
    expect((await app.inject("/healthz")).statusCode).toBe(200);
    await app.close();
  });
});
