// The server's own answer to common tRPC requests (trpc-http.ts) must be the answer tRPC's Fastify handler gives:
// every request here goes to two servers over one database, one answering directly where it can and one with
// tRPC's handler only, and the two answers are compared (status, the headers a client reads, body byte for byte).
import { createSession, SESSION_COOKIE } from "@abante/auth";
import { seedTenant } from "@abante/db";
import { createTestDb, type TestDb } from "@abante/db/testing";
import type { FastifyInstance, InjectOptions } from "fastify";
import superjson from "superjson";
import { uuidv7 } from "uuidv7";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer, MAX_BATCH_SIZE } from "./app";

let t: TestDb;
let direct: FastifyInstance;
let library: FastifyInstance;
const paths: ("direct" | "library")[] = [];
let cookie: string;
let slug: string;
let contactId: string;
const clock = new Date("2026-03-01T10:00:00Z");

beforeAll(async () => {
  t = await createTestDb();
  const seeded = await seedTenant(t.db, "conform", 4);
  slug = "conform";
  contactId = seeded.contactIds[0]!;
  const { token } = await createSession(t.db, { accountId: seeded.ownerId, now: clock });
  cookie = `${SESSION_COOKIE}=${token}`;
  const build = (libraryOnly: boolean) =>
    buildServer({
      db: t.db,
      app: { version: "1.0.0", startedAt: clock },
      now: () => clock,
      requestLog: false,
      trpc: { libraryOnly, trace: libraryOnly ? undefined : (p) => paths.push(p) },
    });
  direct = await build(false);
  library = await build(true);
});
afterAll(async () => {
  await direct?.close();
  await library?.close();
  await t?.close();
});

const enc = (value: unknown) => encodeURIComponent(JSON.stringify(superjson.serialize(value)));
const batchInput = (...values: unknown[]) =>
  encodeURIComponent(JSON.stringify(Object.fromEntries(values.map((v, i) => [i, superjson.serialize(v)]))));
const sameOrigin = { origin: "http://localhost:80" };

/** Sends the request to both servers; returns the direct server's answer after checking the two agree. */
async function both(req: InjectOptions, expectPath: "direct" | "library") {
  paths.length = 0;
  const a = await direct.inject(req);
  expect(paths).toEqual([expectPath]);
  const b = await library.inject(req);
  expect({ status: a.statusCode, body: a.body }).toEqual({ status: b.statusCode, body: b.body });
  for (const header of ["content-type", "vary", "allow", "set-cookie"]) {
    expect(a.headers[header], header).toEqual(b.headers[header]);
  }
  return a;
}

describe("tRPC over HTTP: the direct answer equals tRPC's handler's", () => {
  const listInput = () => ({ tenant: slug, limit: 2, sort: "name", direction: "asc" });

  it("a query by GET (httpLink), and the same as a batch of one (httpBatchLink)", async () => {
    const single = await both(
      { method: "GET", url: `/trpc/contact.list?input=${enc(listInput())}`, headers: { cookie } },
      "direct",
    );
    expect(single.statusCode).toBe(200);
    const page = superjson.deserialize<{ items: { createdAt: Date }[]; nextCursor: string }>(single.json().result.data);
    expect(page.items).toHaveLength(2);
    expect(page.items[0]!.createdAt).toBeInstanceOf(Date);
    expect(page.nextCursor).toEqual(expect.any(String));

    const batch = await both(
      { method: "GET", url: `/trpc/contact.list?batch=1&input=${batchInput(listInput())}`, headers: { cookie } },
      "direct",
    );
    expect(batch.json()).toEqual([single.json()]);
  });

  it("a batch whose calls fail differently answers 207 with each call's own result", async () => {
    const res = await both(
      {
        method: "GET",
        url: `/trpc/contact.list,contact.get,contact.get?batch=1&input=${batchInput(listInput(), { tenant: slug, id: uuidv7() }, { tenant: slug, id: contactId })}`,
        headers: { cookie },
      },
      "direct",
    );
    expect(res.statusCode).toBe(207);
    const [list, missing, found] = res.json();
    expect(list.result).toBeDefined();
    expect(missing.error.json.data).toMatchObject({ code: "NOT_FOUND", httpStatus: 404, path: "contact.get" });
    expect(found.result).toBeDefined();
  });

  it("invalid input: 400 with the field and the reason", async () => {
    const res = await both(
      { method: "GET", url: `/trpc/contact.list?input=${enc({ ...listInput(), limit: 0 })}`, headers: { cookie } },
      "direct",
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.json.data.fieldErrors).toHaveProperty("limit");
  });

  it("signed out: 401 on a tenant's data; a public query answers", async () => {
    const refused = await both({ method: "GET", url: `/trpc/contact.list?input=${enc(listInput())}` }, "direct");
    expect(refused.statusCode).toBe(401);
    const me = await both({ method: "GET", url: "/trpc/auth.me" }, "direct");
    expect(me.statusCode).toBe(200);
  });

  it("another tenant's slug: the same refusal as a slug that does not exist (P8)", async () => {
    await seedTenant(t.db, "conform-other", 1);
    const theirs = await both(
      {
        method: "GET",
        url: `/trpc/contact.list?input=${enc({ ...listInput(), tenant: "conform-other" })}`,
        headers: { cookie },
      },
      "direct",
    );
    const none = await both(
      {
        method: "GET",
        url: `/trpc/contact.list?input=${enc({ ...listInput(), tenant: "no-such-tenant" })}`,
        headers: { cookie },
      },
      "direct",
    );
    expect(theirs.statusCode).toBe(404);
    expect(theirs.json().error.json.message).toBe(none.json().error.json.message);
  });

  it("a mutation by POST with a JSON body, its cookie included", async () => {
    const res = await both(
      {
        method: "POST",
        url: "/trpc/auth.signOut",
        headers: { ...sameOrigin, "content-type": "application/json" },
        payload: "",
      },
      "direct",
    );
    expect(res.statusCode).toBe(200);
    const failed = await both(
      {
        method: "POST",
        url: "/trpc/contact.delete?batch=1",
        headers: { ...sameOrigin, cookie, "content-type": "application/json" },
        payload: JSON.stringify({ 0: superjson.serialize({ tenant: slug, id: uuidv7() }) }),
      },
      "direct",
    );
    expect(failed.statusCode).toBe(404);
  });

  it("everything else is left to tRPC's handler, with its own errors", async () => {
    const cases: [InjectOptions, number][] = [
      [{ method: "GET", url: "/trpc/no.such" }, 404],
      [
        {
          method: "GET",
          url: `/trpc/contact.delete?input=${enc({ tenant: slug, id: contactId })}`,
          headers: { cookie },
        },
        405,
      ],
      [
        {
          method: "POST",
          url: "/trpc/contact.list",
          headers: { ...sameOrigin, cookie, "content-type": "application/json" },
          payload: JSON.stringify(superjson.serialize(listInput())),
        },
        405,
      ],
      [{ method: "GET", url: "/trpc/contact.list?input=%7Bnot-json", headers: { cookie } }, 400],
      [{ method: "GET", url: "/trpc/auth.me,auth.signOut?batch=1", headers: { cookie } }, 400],
      [{ method: "GET", url: "/trpc/contact.list?batch=1&input=3", headers: { cookie } }, 400],
      [
        {
          method: "GET",
          url: `/trpc/${Array(MAX_BATCH_SIZE + 1)
            .fill("auth.me")
            .join(",")}?batch=1`,
        },
        400,
      ],
      [{ method: "HEAD", url: "/trpc/auth.me" }, 204],
      [{ method: "GET", url: `/trpc/auth.me?batch=1&batch=1&input=${batchInput(null)}` }, 200],
      // A POST without a content type: tRPC's handler refuses it.
      [{ method: "POST", url: "/trpc/auth.signOut", headers: sameOrigin, payload: "" }, 415],
    ];
    for (const [req, status] of cases) {
      const res = await both(req, "library");
      expect(res.statusCode, `${req.method} ${req.url}`).toBe(status);
    }
  });

  it("streamed batches (httpBatchStreamLink) go to tRPC's handler", async () => {
    const res = await both(
      {
        method: "GET",
        url: `/trpc/contact.list?batch=1&input=${batchInput(listInput())}`,
        headers: { cookie, "trpc-accept": "application/jsonl" },
      },
      "library",
    );
    expect(res.statusCode).toBe(200);
  });
});
