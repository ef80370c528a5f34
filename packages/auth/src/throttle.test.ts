import { rows, schema } from "@abante/db";
import { createTestDb, type TestDb } from "@abante/db/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./passwords";
import { MAX_FAILED_SIGN_INS_PER_HOUR, pruneAuthAttempts, throttledVerify } from "./throttle";

const HOUR = 3600 * 1000;
const T0 = new Date("2026-03-01T09:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);

let t: TestDb;
let n = 0;

async function newAccount(): Promise<string> {
  n += 1;
  const [a] = await t.db
    .insert(schema.account)
    .values({ email: `user${n}@throttle.example`, name: `User ${n}` })
    .returning();
  return a!.id;
}

/** A password check that always fails and counts how often it was reached. */
function wrongPassword() {
  const check = async () => {
    check.calls += 1;
    return false;
  };
  check.calls = 0;
  return check;
}

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t?.close());

describe("sign-in throttle", () => {
  it("1,000 failed attempts within an hour reach the password check at most 100 times", async () => {
    const accountId = await newAccount();
    const verify = wrongPassword();
    const outcomes = { ok: 0, wrong: 0, throttled: 0 };
    let now = T0.getTime();
    for (let i = 0; i < 1000; i++) {
      now += 3000 + (i % 7) * 100; // ~3 s apart: 1,000 attempts in 51 minutes
      outcomes[await throttledVerify(t.db, accountId, new Date(now), verify)] += 1;
    }
    expect(now - T0.getTime()).toBeLessThan(HOUR);
    expect(MAX_FAILED_SIGN_INS_PER_HOUR).toBe(100);
    expect(verify.calls).toBe(100);
    expect(outcomes).toEqual({ ok: 0, wrong: 100, throttled: 900 });

    // Once the first attempts leave the sliding hour, attempts reach the check again, one per freed slot.
    const calls = verify.calls;
    const afterHour = new Date(T0.getTime() + HOUR + 3200);
    expect(await throttledVerify(t.db, accountId, afterHour, verify)).toBe("wrong");
    expect(verify.calls).toBe(calls + 1);
    expect(await throttledVerify(t.db, accountId, afterHour, verify)).toBe("throttled");
    expect(verify.calls).toBe(calls + 1);

    // Two hours on, the whole budget is back.
    const later = wrongPassword();
    for (let i = 0; i < 150; i++) await throttledVerify(t.db, accountId, at(3 * HOUR + i * 1000), later);
    expect(later.calls).toBe(100);
  });

  it("a throttled account cannot sign in even with the right password, other accounts can", async () => {
    const victim = await newAccount();
    const bystander = await newAccount();
    const stored = await hashPassword("velvet harbor quantum pickle");
    const guess = async () => false; // 100 failures; hashing each would only slow the test down
    for (let i = 0; i < 100; i++) expect(await throttledVerify(t.db, victim, at(i), guess)).toBe("wrong");
    expect(await throttledVerify(t.db, bystander, at(0), () => verifyPassword(stored, "guess"))).toBe("wrong");
    const right = () => verifyPassword(stored, "velvet harbor quantum pickle");
    expect(await throttledVerify(t.db, victim, at(1000), right)).toBe("throttled");
    expect(await throttledVerify(t.db, bystander, at(1000), right)).toBe("ok");
  });

  it("successful attempts do not spend the budget", async () => {
    const accountId = await newAccount();
    const verify = wrongPassword();
    for (let i = 0; i < 99; i++) await throttledVerify(t.db, accountId, at(i * 1000), verify);
    let rightCalls = 0;
    const right = async () => {
      rightCalls += 1;
      return true;
    };
    for (let i = 0; i < 50; i++) {
      expect(await throttledVerify(t.db, accountId, at(100_000 + i), right)).toBe("ok");
    }
    expect(rightCalls).toBe(50);
    expect(await throttledVerify(t.db, accountId, at(200_000), verify)).toBe("wrong"); // the 100th failure
    expect(await throttledVerify(t.db, accountId, at(200_001), verify)).toBe("throttled");
    expect(await throttledVerify(t.db, accountId, at(200_002), right)).toBe("throttled");
    expect(verify.calls).toBe(100);
  });

  it("a password check that throws counts as a failure", async () => {
    const accountId = await newAccount();
    const boom = async () => {
      throw new Error("boom");
    };
    await expect(throttledVerify(t.db, accountId, T0, boom)).rejects.toThrow("boom");
    const [row] = await rows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from auth_attempt where account_id = ${accountId}`,
    );
    expect(row!.n).toBe(1);
  });

  // Real concurrency needs Postgres (PGlite is one connection and runs these one after another); CI runs both.
  it("150 concurrent attempts reach the password check at most 100 times", async () => {
    const accountId = await newAccount();
    let inFlight = 0;
    let calls = 0;
    const slowWrong = async () => {
      calls += 1;
      inFlight += 1;
      await new Promise((resolve) => setTimeout(resolve, 2));
      inFlight -= 1;
      return false;
    };
    const results = await Promise.all(
      Array.from({ length: 150 }, (_, i) => throttledVerify(t.db, accountId, at(i), slowWrong)),
    );
    expect(inFlight).toBe(0);
    expect(calls).toBeLessThanOrEqual(100);
    expect(calls).toBe(100);
    expect(results.filter((r) => r === "wrong")).toHaveLength(100);
    expect(results.filter((r) => r === "throttled")).toHaveLength(50);
  });

  it("the scheduled job prunes attempts older than an hour, in batches", async () => {
    const accountId = await newAccount();
    const verify = wrongPassword();
    for (let i = 0; i < 10; i++) await throttledVerify(t.db, accountId, at(10 * HOUR + i * 60_000), verify);
    // Attempts at minutes 0–9; an hour and 4.5 minutes on, those of minutes 0–4 have left the window.
    const now = at(11 * HOUR + 4.5 * 60_000);
    const cutoff = new Date(now.getTime() - HOUR);
    const count = async (where: ReturnType<typeof sql>) =>
      (await rows<{ n: number }>(t.db, sql`select count(*)::int as n from auth_attempt where ${where}`))[0]!.n;
    expect(await count(sql`account_id = ${accountId}`)).toBe(10);
    let pruned = 0;
    for (;;) {
      const batch = await pruneAuthAttempts(t.db, now, 3);
      expect(batch).toBeLessThanOrEqual(3);
      pruned += batch;
      if (batch < 3) break;
    }
    expect(pruned).toBeGreaterThanOrEqual(5); // earlier tests' attempts are older still
    expect(await count(sql`account_id = ${accountId}`)).toBe(5);
    expect(await count(sql`at <= ${cutoff.toISOString()}`)).toBe(0);
  });
});
