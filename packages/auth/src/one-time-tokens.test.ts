import { rows, schema } from "@abante/db";
import { createTestDb, type TestDb } from "@abante/db/testing";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consumeOneTimeToken, createOneTimeToken, deleteExpiredTokens } from "./one-time-tokens";
import { hashToken } from "./sessions";

const HOUR = 3600 * 1000;
const T0 = new Date("2026-03-01T09:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);

let t: TestDb;
let n = 0;

async function newAccount(): Promise<string> {
  n += 1;
  const [a] = await t.db
    .insert(schema.account)
    .values({ email: `user${n}@tokens.example`, name: `User ${n}` })
    .returning();
  return a!.id;
}

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t?.close());

describe("P23 one-time tokens", () => {
  it("P23 only the token's SHA-256 is stored", async () => {
    const accountId = await newAccount();
    const token = await createOneTimeToken(t.db, {
      purpose: "reset_password",
      accountId,
      email: "user@tokens.example",
      data: { note: "kept" },
      ttlMs: HOUR,
      now: T0,
    });
    expect(token).toMatch(/^[a-z2-7]{32,}$/); // at least 160 random bits
    const [row] = await t.db.select().from(schema.oneTimeToken).where(eq(schema.oneTimeToken.accountId, accountId));
    expect(row).toMatchObject({
      purpose: "reset_password",
      tokenHash: hashToken(token),
      email: "user@tokens.example",
      data: { note: "kept" },
      expiresAt: at(HOUR),
      usedAt: null,
      createdAt: T0,
    });
    const dump = await rows<{ j: string }>(t.db, sql`select row_to_json(o)::text as j from one_time_token o`);
    expect(dump.length).toBeGreaterThan(0);
    for (const { j } of dump) expect(j).not.toContain(token);
  });

  it("P23 a token works once", async () => {
    const accountId = await newAccount();
    const token = await createOneTimeToken(t.db, { purpose: "verify_email", accountId, ttlMs: HOUR, now: T0 });
    const used = await consumeOneTimeToken(t.db, { purpose: "verify_email", token, now: at(1000) });
    expect(used).toMatchObject({ accountId, purpose: "verify_email", usedAt: at(1000) });
    expect(await consumeOneTimeToken(t.db, { purpose: "verify_email", token, now: at(2000) })).toBeNull();
  });

  // Real concurrency needs Postgres (PGlite is one connection and runs these one after another); CI runs both.
  it("P23 of concurrent uses of one token exactly one wins", async () => {
    for (let round = 0; round < 5; round++) {
      const token = await createOneTimeToken(t.db, {
        purpose: "invite",
        email: "x@tokens.example",
        ttlMs: HOUR,
        now: T0,
      });
      const results = await Promise.all(
        Array.from({ length: 8 }, () => consumeOneTimeToken(t.db, { purpose: "invite", token, now: at(1000) })),
      );
      expect(results.filter((r) => r !== null)).toHaveLength(1);
    }
  });

  it("P23 an expired token is refused", async () => {
    const token = await createOneTimeToken(t.db, { purpose: "invite", ttlMs: HOUR, now: T0 });
    expect(await consumeOneTimeToken(t.db, { purpose: "invite", token, now: at(HOUR) })).toBeNull();
    expect(await consumeOneTimeToken(t.db, { purpose: "invite", token, now: at(HOUR + 1) })).toBeNull();
    const fresh = await createOneTimeToken(t.db, { purpose: "invite", ttlMs: HOUR, now: T0 });
    expect(await consumeOneTimeToken(t.db, { purpose: "invite", token: fresh, now: at(HOUR - 1) })).not.toBeNull();
  });

  it("P23 a token is refused for another purpose, and stays usable for its own", async () => {
    const accountId = await newAccount();
    const token = await createOneTimeToken(t.db, { purpose: "change_email", accountId, ttlMs: HOUR, now: T0 });
    for (const purpose of ["verify_email", "reset_password", "invite"] as const) {
      expect(await consumeOneTimeToken(t.db, { purpose, token, now: at(1) })).toBeNull();
    }
    expect(await consumeOneTimeToken(t.db, { purpose: "change_email", token, now: at(1) })).not.toBeNull();
  });

  it("refuses unknown and malformed tokens", async () => {
    for (const token of ["", "abc", "a".repeat(32), "x".repeat(100_000)]) {
      expect(await consumeOneTimeToken(t.db, { purpose: "invite", token, now: T0 })).toBeNull();
    }
  });

  it("a new verification, reset or e-mail change link invalidates the account's earlier ones; invitations stay", async () => {
    const accountId = await newAccount();
    const other = await newAccount();
    for (const purpose of ["verify_email", "reset_password", "change_email"] as const) {
      const first = await createOneTimeToken(t.db, { purpose, accountId, ttlMs: HOUR, now: T0 });
      const others = await createOneTimeToken(t.db, { purpose, accountId: other, ttlMs: HOUR, now: T0 });
      const second = await createOneTimeToken(t.db, { purpose, accountId, ttlMs: HOUR, now: at(1000) });
      expect(await consumeOneTimeToken(t.db, { purpose, token: first, now: at(2000) }), purpose).toBeNull();
      expect(await consumeOneTimeToken(t.db, { purpose, token: second, now: at(2000) }), purpose).not.toBeNull();
      expect(await consumeOneTimeToken(t.db, { purpose, token: others, now: at(2000) }), purpose).not.toBeNull();
    }
    const invite1 = await createOneTimeToken(t.db, { purpose: "invite", accountId, ttlMs: HOUR, now: T0 });
    const invite2 = await createOneTimeToken(t.db, { purpose: "invite", accountId, ttlMs: HOUR, now: T0 });
    expect(await consumeOneTimeToken(t.db, { purpose: "invite", token: invite1, now: at(1) })).not.toBeNull();
    expect(await consumeOneTimeToken(t.db, { purpose: "invite", token: invite2, now: at(1) })).not.toBeNull();
  });

  it("refuses a token without a positive lifetime", async () => {
    await expect(createOneTimeToken(t.db, { purpose: "invite", ttlMs: 0, now: T0 })).rejects.toThrow(RangeError);
    await expect(createOneTimeToken(t.db, { purpose: "invite", ttlMs: Number.NaN, now: T0 })).rejects.toThrow(
      RangeError,
    );
  });

  it("the retention job deletes expired tokens in batches and keeps live ones", async () => {
    const now = at(1000 * HOUR);
    const live = await createOneTimeToken(t.db, { purpose: "invite", ttlMs: 2 * HOUR, now: at(999 * HOUR) });
    const count = async () =>
      (
        await rows<{ n: number }>(
          t.db,
          sql`select count(*)::int as n from one_time_token where expires_at <= ${now.toISOString()}`,
        )
      )[0]!.n;
    const expired = await count();
    expect(expired).toBeGreaterThan(4);
    expect(await deleteExpiredTokens(t.db, now, 4)).toBe(4);
    expect(await count()).toBe(expired - 4);
    while ((await deleteExpiredTokens(t.db, now, 4)) === 4) {}
    expect(await count()).toBe(0);
    expect(await consumeOneTimeToken(t.db, { purpose: "invite", token: live, now })).not.toBeNull();
  });
});
