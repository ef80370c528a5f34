// The site's on-demand pages read the API of the same process over loopback. Marked with the server's per-process
// secret, those calls are neither request-log rows of their own (P5) nor counted against the per-IP limits of
// 127.0.0.1; a wrong secret is an ordinary request.
import type { AddressInfo } from "node:net";
import { rows } from "@abante/db";
import { createTestDb, type TestDb } from "@abante/db/testing";
import { sql } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { internalHeaders, trpcQuery } from "../../marketing/src/lib/api";
import { buildServer, INTERNAL_REQUEST_HEADER, internalRequestSecret, isInternalRequest } from "./app";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t?.close());

async function start(rateLimitPerMinute?: number): Promise<{ app: FastifyInstance; base: string }> {
  const app = await buildServer({ db: t.db, app: { version: "test", startedAt: new Date() }, rateLimitPerMinute });
  await app.listen({ host: "127.0.0.1", port: 0 });
  return { app, base: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}` };
}

/** Request-log rows of a path; read after the server closed, which writes what it buffered. */
async function loggedRows(path: string): Promise<number> {
  const [row] = await rows<{ n: number }>(t.db, sql`select count(*)::int as n from request_log where path = ${path}`);
  return Number(row?.n ?? 0);
}

describe("P5 the server's own calls from the site's pages", () => {
  it("P5 a page's API calls over loopback are not logged and not limited; with a wrong secret they are", async () => {
    const { app, base } = await start(5);
    try {
      // What an on-demand page does: marketing/src/lib/api.ts adds the secret the server published.
      for (let i = 0; i < 8; i++) {
        const result = await trpcQuery("marketing.subprocessors", undefined, { baseUrl: base });
        expect(result.ok, `internal call ${i + 1}`).toBe(true);
      }

      const statuses: number[] = [];
      const wrong = `${internalRequestSecret().slice(0, -1)}${internalRequestSecret().endsWith("A") ? "B" : "A"}`;
      for (let i = 0; i < 6; i++) {
        const res = await fetch(`${base}/trpc/marketing.pricing`, {
          headers: { [INTERNAL_REQUEST_HEADER]: wrong },
        });
        statuses.push(res.status);
      }
      // The global limit (5 a minute here) applies to a wrong secret as to anyone.
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
      const noHeader = await fetch(`${base}/trpc/marketing.subprocessors`);
      expect(noHeader.status).toBe(429);
    } finally {
      await app.close();
    }
    expect(await loggedRows("/trpc/marketing.subprocessors")).toBe(1); // the one call without the header
    expect(await loggedRows("/trpc/marketing.pricing")).toBe(6);
  });

  it("skips the per-procedure limits for internal calls only", async () => {
    const { app, base } = await start();
    const post = (headers: Record<string, string>) =>
      fetch(`${base}/trpc/forms.contactSales`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: base, ...headers },
        body: JSON.stringify({ json: { name: "A", email: "a@example.com", company: "C", message: "Hello" } }),
      }).then((r) => r.status);
    try {
      const internal: number[] = [];
      for (let i = 0; i < 7; i++) internal.push(await post(internalHeaders(base)));
      // Refused for want of a proof of work (P7 still applies), never for the rate.
      expect(internal).toEqual(Array(7).fill(400));
      const external: number[] = [];
      for (let i = 0; i < 6; i++) external.push(await post({}));
      expect(external).toEqual([400, 400, 400, 400, 400, 429]);
    } finally {
      await app.close();
    }
  });

  it("recognises only this process's secret, compared whole", () => {
    const secret = internalRequestSecret();
    expect(secret).toMatch(/^[\w-]{43}$/);
    expect(internalRequestSecret()).toBe(secret);
    expect(isInternalRequest(secret)).toBe(true);
    for (const bad of [
      undefined,
      "",
      secret.slice(1),
      `${secret}x`,
      secret.toUpperCase(),
      [secret, secret],
      "x".repeat(300),
    ]) {
      expect(isInternalRequest(bad as string | string[] | undefined), String(bad)).toBe(false);
    }
  });

  it("the site sends the secret to a loopback API only, never to another host", () => {
    const secret = internalRequestSecret();
    expect(internalHeaders("http://127.0.0.1:3000")).toEqual({ [INTERNAL_REQUEST_HEADER]: secret });
    expect(internalHeaders("http://localhost:3000")).toEqual({ [INTERNAL_REQUEST_HEADER]: secret });
    expect(internalHeaders("http://[::1]:3000")).toEqual({ [INTERNAL_REQUEST_HEADER]: secret });
    expect(internalHeaders("https://api.example.test")).toEqual({});
    expect(internalHeaders("http://127.0.0.1.evil.test:3000")).toEqual({});
    expect(internalHeaders("not a url")).toEqual({});
  });
});
