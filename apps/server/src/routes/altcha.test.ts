import { createPow } from "@abante/api";
import { createTestDb, type TestDb } from "@abante/db/testing";
import fastifyRateLimit from "@fastify/rate-limit";
import { solveChallenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import Fastify from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerAltchaRoutes } from "./altcha";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t?.close());

const pow = createPow({ hmacKey: "route-test-key-0123456789abcdef0123", cost: 2, maxCounter: 8 });

async function server() {
  const app = Fastify();
  await app.register(fastifyRateLimit, { global: true, max: 1000, timeWindow: "1 minute" });
  await registerAltchaRoutes(app, { pow });
  return app;
}

describe("P7 GET /api/altcha/challenge", () => {
  it("P7 serves a signed challenge that the widget can solve and the forms accept once", async () => {
    const app = await server();
    const res = await app.inject("/api/altcha/challenge");
    expect(res.statusCode).toBe(200);
    expect(res.headers["cache-control"]).toBe("no-store");
    const challenge = res.json();
    expect(challenge.parameters).toMatchObject({ algorithm: "PBKDF2/SHA-256", cost: 2 });
    expect(challenge.parameters.expiresAt * 1000).toBeGreaterThan(Date.now() + 9 * 60_000);
    const solution = await solveChallenge({ challenge, deriveKey });
    const payload = Buffer.from(JSON.stringify({ challenge, solution })).toString("base64");
    const ctx = { now: new Date(), ip: "203.0.113.1" };
    expect(await pow.verify(t.db, payload, ctx)).toMatchObject({ ok: true });
    expect(await pow.verify(t.db, payload, ctx)).toMatchObject({ ok: false, reason: "replayed" });
    await app.close();
  });

  it("is rate limited per IP", async () => {
    const app = await server();
    const codes: number[] = [];
    for (let i = 0; i < 31; i++) codes.push((await app.inject("/api/altcha/challenge")).statusCode);
    expect(codes.slice(0, 30).every((c) => c === 200)).toBe(true);
    expect(codes[30]).toBe(429);
    await app.close();
  });
});
