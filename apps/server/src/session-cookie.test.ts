// P27 over HTTP: the session cookie follows the session's sliding expiry. The server sends it again only when the
// session was extended (at most once an hour), not on every response; an expired session's cookie is cleared.
import { createSession, SESSION_COOKIE, SESSION_IDLE_MS, SESSION_TOUCH_MS } from "@abante/auth";
import { schema } from "@abante/db";
import { createTestDb, type TestDb } from "@abante/db/testing";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer } from "./app";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t?.close());

const MINUTE = 60_000;

describe("P27: the session cookie over HTTP", () => {
  it("is re-sent only when the session slides, and cleared once it has expired", async () => {
    const start = new Date("2026-03-02T09:00:00Z");
    let clock = start.getTime();
    const app = await buildServer({
      db: t.db,
      app: { version: "test", startedAt: start },
      now: () => new Date(clock),
      requestLog: false,
    });
    const [account] = await t.db
      .insert(schema.account)
      .values({ email: "cookie@sessions.example", name: "Cookie Tester" })
      .returning();
    const { token } = await createSession(t.db, { accountId: account!.id, now: start });
    const me = () => app.inject({ url: "/trpc/auth.me", headers: { cookie: `${SESSION_COOKIE}=${token}` } });
    const expiresOf = (setCookie: unknown) => new Date(/Expires=([^;]+)/.exec(String(setCookie))![1]!).getTime();

    // Within the hour: signed in, and no Set-Cookie (nothing changed).
    clock = start.getTime() + 10 * MINUTE;
    const quiet = await me();
    expect(superjson.deserialize(quiet.json().result.data)).toMatchObject({ email: "cookie@sessions.example" });
    expect(quiet.headers["set-cookie"]).toBeUndefined();

    // Past the touch interval: the session slides and the cookie carries the new expiry.
    clock = start.getTime() + SESSION_TOUCH_MS + MINUTE;
    const slid = await me();
    expect(slid.headers["set-cookie"]).toBeDefined();
    expect(expiresOf(slid.headers["set-cookie"])).toBe(Math.floor((clock + SESSION_IDLE_MS) / 1000) * 1000);
    clock += MINUTE;
    expect((await me()).headers["set-cookie"]).toBeUndefined();

    // Idle for longer than the idle limit: signed out, and the browser is told to drop the cookie.
    clock += SESSION_IDLE_MS + MINUTE;
    const expired = await me();
    expect(superjson.deserialize(expired.json().result.data)).toBeNull();
    expect(String(expired.headers["set-cookie"])).toMatch(new RegExp(`^${SESSION_COOKIE}=;`));
    await app.close();
  });
});
