import { rows, schema } from "@abante/db";
import { createTestDb, type TestDb } from "@abante/db/testing";
import { eq, sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  blankSessionCookie,
  createSession,
  deleteExpiredSessions,
  generateSessionToken,
  hashToken,
  invalidateAccountSessions,
  invalidateSession,
  listAccountSessions,
  SECURE_SESSION_COOKIE,
  SESSION_COOKIE,
  SESSION_IDLE_MS,
  SESSION_MAX_MS,
  SESSION_TOUCH_MS,
  sessionCookie,
  validateSession,
} from "./sessions";

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const T0 = new Date("2026-03-01T09:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);

let t: TestDb;
let accountId: string;
let n = 0;

async function newAccount(): Promise<string> {
  n += 1;
  const [a] = await t.db
    .insert(schema.account)
    .values({ email: `user${n}@sessions.example`, name: `User ${n}` })
    .returning();
  return a!.id;
}

async function stored(id: string) {
  const [row] = await rows<{ xmin: string; last_seen_at: string }>(
    t.db,
    sql`select xmin::text as xmin, last_seen_at::text as last_seen_at from session where id = ${id}`,
  );
  return row;
}

beforeAll(async () => {
  t = await createTestDb();
  accountId = await newAccount();
});
afterAll(() => t?.close());

describe("session tokens", () => {
  it("are at least 160 random bits, base32 lower case, and never repeat", () => {
    const tokens = new Set(Array.from({ length: 1000 }, generateSessionToken));
    expect(tokens.size).toBe(1000);
    for (const token of tokens) expect(token).toMatch(/^[a-z2-7]{32,}$/); // 32 base32 characters = 160 bits
  });

  it("hash to SHA-256 hex", () => {
    // SHA-256("abc"), the FIPS 180-2 test vector.
    expect(hashToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});

describe("P6 session cookie", () => {
  it("P6 the cookie's token never reaches the database: only its SHA-256 is stored", async () => {
    const { token, session } = await createSession(t.db, {
      accountId,
      now: T0,
      ip: "203.0.113.7",
      userAgent: "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
      country: "DE",
    });
    expect(session.id).toBe(hashToken(token));
    expect(session.id).not.toContain(token);

    const textColumns = await rows<{ column_name: string }>(
      t.db,
      sql`select column_name from information_schema.columns
          where table_schema = 'public' and table_name = 'session' and data_type = 'text'`,
    );
    expect(textColumns.map((c) => c.column_name).sort()).toEqual(["country", "id", "ip", "user_agent"]);
    for (const { column_name } of textColumns) {
      const values = await rows<{ v: string | null }>(
        t.db,
        sql`select ${sql.identifier(column_name)} as v from session`,
      );
      expect(values.length).toBeGreaterThan(0);
      for (const { v } of values) expect(v ?? "").not.toContain(token);
    }
    const dump = await rows<{ j: string }>(t.db, sql`select row_to_json(s)::text as j from session s`);
    expect(dump.some((r) => r.j.includes(session.id))).toBe(true); // the dump does show the row…
    for (const { j } of dump) expect(j).not.toContain(token); // …but never the token

    // Nor anywhere else in the database.
    const tables = await rows<{ table_name: string }>(
      t.db,
      sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
    );
    for (const { table_name } of tables) {
      const all = await rows<{ j: string }>(
        t.db,
        sql`select row_to_json(x)::text as j from ${sql.identifier(table_name)} x`,
      );
      for (const { j } of all) expect(j).not.toContain(token);
    }
  });

  it("P6 the stored hash opens the session only through the token, not as a cookie itself", async () => {
    const { token, session } = await createSession(t.db, { accountId, now: T0 });
    expect(await validateSession(t.db, session.id, at(MINUTE))).toBeNull();
    expect((await validateSession(t.db, token, at(MINUTE)))?.session.id).toBe(session.id);
    expect(await validateSession(t.db, "", at(MINUTE))).toBeNull();
    expect(await validateSession(t.db, "x".repeat(10_000), at(MINUTE))).toBeNull();
  });

  it("P6 the cookie is HttpOnly, SameSite=Lax, Path=/; Secure with the __Host- name when secure", () => {
    const expires = at(SESSION_IDLE_MS);
    const secure = sessionCookie("tok", expires, true);
    expect(secure).toEqual({
      name: SECURE_SESSION_COOKIE,
      value: "tok",
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: true, expires },
    });
    expect(secure.name).toBe("__Host-abante_session");
    const plain = sessionCookie("tok", expires, false);
    expect(plain.name).toBe(SESSION_COOKIE);
    expect(plain.name.startsWith("__Host-")).toBe(false);
    expect(plain.options).toEqual({ httpOnly: true, sameSite: "lax", path: "/", secure: false, expires });

    for (const isSecure of [true, false]) {
      const blank = blankSessionCookie(isSecure);
      expect(blank.name).toBe(sessionCookie("x", expires, isSecure).name);
      expect(blank.value).toBe("");
      expect(blank.options).toEqual({
        httpOnly: true,
        sameSite: "lax",
        path: "/",
        secure: isSecure,
        expires: new Date(0),
        maxAge: 0,
      });
    }
  });
});

describe("P27 sessions", () => {
  it("P27 a session idle for 7 days is rejected and deleted", async () => {
    const idle = await createSession(t.db, { accountId, now: T0 });
    const justInTime = await createSession(t.db, { accountId, now: T0 });
    expect(idle.session.expiresAt).toEqual(at(SESSION_IDLE_MS));

    expect(await validateSession(t.db, justInTime.token, at(SESSION_IDLE_MS - 1))).not.toBeNull();
    expect(await validateSession(t.db, idle.token, at(SESSION_IDLE_MS + 1))).toBeNull();
    expect(await stored(idle.session.id)).toBeUndefined();
    // Deleted for good: the same token does not come back even if the clock does.
    expect(await validateSession(t.db, idle.token, at(HOUR))).toBeNull();
  });

  it("P27 a session used daily stays valid until day 89 and ends 90 days after creation", async () => {
    const { token, session } = await createSession(t.db, { accountId, now: T0 });
    expect(session.absoluteExpiresAt).toEqual(at(SESSION_MAX_MS));
    for (let day = 1; day <= 89; day++) {
      const now = at(day * DAY);
      const valid = await validateSession(t.db, token, now);
      expect(valid, `day ${day}`).not.toBeNull();
      expect(valid!.account.id).toBe(accountId);
      expect(valid!.session.lastSeenAt).toEqual(now);
      expect(valid!.session.expiresAt.getTime()).toBe(
        Math.min(now.getTime() + SESSION_IDLE_MS, SESSION_MAX_MS + T0.getTime()),
      );
    }
    expect(await validateSession(t.db, token, at(SESSION_MAX_MS - 1))).not.toBeNull();
    expect(await validateSession(t.db, token, at(SESSION_MAX_MS + 1))).toBeNull();
    expect(await stored(session.id)).toBeUndefined();
  });

  it("P27 activity is written back at most once an hour", async () => {
    const { token, session } = await createSession(t.db, { accountId, now: T0 });
    const created = await stored(session.id);

    // Within the first hour after creation: no write at all.
    for (const m of [1, 10, 30, 59, 60]) {
      const valid = await validateSession(t.db, token, at(m * MINUTE));
      expect(valid!.session.lastSeenAt).toEqual(T0);
      expect(await stored(session.id)).toEqual(created);
    }

    // Past the hour: one write, then none for the next hour however often the session is used.
    const touchedAt = at(HOUR + 1);
    expect((await validateSession(t.db, token, touchedAt))!.session.lastSeenAt).toEqual(touchedAt);
    const touched = await stored(session.id);
    expect(touched!.xmin).not.toBe(created!.xmin);
    for (const m of [1, 5, 20, 45, 59, 60]) {
      const valid = await validateSession(t.db, token, new Date(touchedAt.getTime() + m * MINUTE));
      expect(valid!.session.lastSeenAt).toEqual(touchedAt);
      expect(valid!.session.expiresAt).toEqual(new Date(touchedAt.getTime() + SESSION_IDLE_MS));
      expect(await stored(session.id)).toEqual(touched);
    }

    const later = new Date(touchedAt.getTime() + SESSION_TOUCH_MS + 1);
    expect((await validateSession(t.db, token, later))!.session.lastSeenAt).toEqual(later);
    const [row] = await t.db.select().from(schema.session).where(eq(schema.session.id, session.id));
    expect(row!.lastSeenAt).toEqual(later);
    expect(row!.expiresAt).toEqual(new Date(later.getTime() + SESSION_IDLE_MS));
  });

  it("P27 no pattern of use keeps a session past 7 idle days or 90 days in all (property)", async () => {
    // Gaps between uses, from seconds to more than the idle limit.
    const gap = fc.oneof(
      fc.integer({ min: 1, max: 2 * HOUR }),
      fc.integer({ min: 1, max: 3 * DAY }),
      fc.integer({ min: SESSION_IDLE_MS - 2 * HOUR, max: SESSION_IDLE_MS + 2 * HOUR }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(gap, { minLength: 1, maxLength: 40 }), async (gaps) => {
        const { token, session } = await createSession(t.db, { accountId, now: T0 });
        let now = T0.getTime();
        let lastUse = now;
        let alive = true;
        for (const g of gaps) {
          now += g;
          const valid = await validateSession(t.db, token, new Date(now));
          if (valid) {
            // Never valid once a promise is broken: after 7 idle days, after 90 days, or once rejected.
            expect(alive).toBe(true);
            expect(now - lastUse).toBeLessThanOrEqual(SESSION_IDLE_MS);
            expect(now).toBeLessThan(session.absoluteExpiresAt.getTime());
            expect(valid.session.expiresAt.getTime()).toBeLessThanOrEqual(valid.session.absoluteExpiresAt.getTime());
            expect(valid.session.expiresAt.getTime()).toBeGreaterThan(now);
            lastUse = now;
          } else {
            // And valid whenever it should be: activity is recorded to the hour, so allow that much slack.
            expect(
              alive && now - lastUse < SESSION_IDLE_MS - SESSION_TOUCH_MS && now < session.absoluteExpiresAt.getTime(),
            ).toBe(false);
            alive = false;
          }
        }
        await invalidateSession(t.db, session.id);
      }),
      { numRuns: 40 },
    );
  });
});

describe("session management", () => {
  it("lists an account's live sessions, most recently active first", async () => {
    const owner = await newAccount();
    const old = await createSession(t.db, { accountId: owner, now: T0, userAgent: "old" });
    const recent = await createSession(t.db, { accountId: owner, now: at(HOUR), userAgent: "recent" });
    const expired = await createSession(t.db, { accountId: owner, now: at(-8 * DAY), userAgent: "expired" });
    await validateSession(t.db, old.token, at(3 * HOUR));
    const now = at(4 * HOUR);
    const list = await listAccountSessions(t.db, owner, now);
    expect(list.map((s) => s.userAgent)).toEqual(["old", "recent"]);
    expect(list.map((s) => s.id)).not.toContain(expired.session.id);
    expect(recent.session.userAgent).toBe("recent");
  });

  it("keeps at most 512 characters of a user agent", async () => {
    const { session } = await createSession(t.db, { accountId, now: T0, userAgent: "a".repeat(5000) });
    expect(session.userAgent).toHaveLength(512);
  });

  it("signs out one session, or all but the current one, or all", async () => {
    const owner = await newAccount();
    const other = await newAccount();
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => createSession(t.db, { accountId: owner, now: T0 })));
    const foreign = await createSession(t.db, { accountId: other, now: T0 });

    await invalidateSession(t.db, a!.session.id);
    expect(await validateSession(t.db, a!.token, at(MINUTE))).toBeNull();

    expect(await invalidateAccountSessions(t.db, owner, { except: c!.session.id })).toBe(1);
    expect(await validateSession(t.db, b!.token, at(MINUTE))).toBeNull();
    expect(await validateSession(t.db, c!.token, at(MINUTE))).not.toBeNull();

    expect(await invalidateAccountSessions(t.db, owner)).toBe(1);
    expect(await validateSession(t.db, c!.token, at(MINUTE))).toBeNull();
    expect(await validateSession(t.db, foreign.token, at(MINUTE))).not.toBeNull();
  });

  it("the retention job deletes expired sessions in batches and keeps live ones", async () => {
    const owner = await newAccount();
    const now = at(400 * DAY);
    await Promise.all(
      Array.from({ length: 5 }, (_, i) => createSession(t.db, { accountId: owner, now: at(300 * DAY + i) })),
    );
    const live = await createSession(t.db, { accountId: owner, now: at(399 * DAY) });
    const expiredBefore = await rows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from session where expires_at <= ${now.toISOString()}`,
    );
    expect(expiredBefore[0]!.n).toBeGreaterThanOrEqual(5);

    let deleted = 0;
    for (;;) {
      const batch = await deleteExpiredSessions(t.db, now, 3);
      expect(batch).toBeLessThanOrEqual(3);
      deleted += batch;
      if (batch < 3) break;
    }
    expect(deleted).toBe(expiredBefore[0]!.n);
    const [left] = await rows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from session where expires_at <= ${now.toISOString()}`,
    );
    expect(left!.n).toBe(0);
    expect(await validateSession(t.db, live.token, now)).not.toBeNull();
  });
});
