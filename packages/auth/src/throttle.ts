// The per-account sign-in throttle: however many addresses an attacker uses, at most 100 failed password checks an
// hour reach one account. Attempts live in `auth_attempt`, so every server shares the same budget.
import { type Db, type DbOrTx, schema } from "@abante/db";
import { and, count, eq, gt, inArray, lte, sql } from "drizzle-orm";

export const MAX_FAILED_SIGN_INS_PER_HOUR = 100;
const WINDOW_MS = 3600 * 1000;

/**
 * Runs `verify` (the password check) only if fewer than 100 attempts were spent on this account in the sliding hour
 * before `now`; returns "throttled" without calling it otherwise. Only failures count: a successful attempt gives its
 * slot back. The slot is taken under a per-account advisory lock (count, then insert, in one short transaction), so
 * concurrent attempts on several servers cannot overshoot. `verify` runs after that transaction: no connection is
 * held during the hash, and `verify` may use the database itself.
 */
export async function throttledVerify(
  db: Db,
  accountId: string,
  now: Date,
  verify: () => Promise<boolean>,
): Promise<"ok" | "wrong" | "throttled"> {
  const attemptId = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`abante:signin:${accountId}`}::text))`);
    const [spent] = await tx
      .select({ n: count() })
      .from(schema.authAttempt)
      .where(
        and(
          eq(schema.authAttempt.accountId, accountId),
          gt(schema.authAttempt.at, new Date(now.getTime() - WINDOW_MS)),
        ),
      );
    if ((spent?.n ?? 0) >= MAX_FAILED_SIGN_INS_PER_HOUR) return null;
    const [attempt] = await tx
      .insert(schema.authAttempt)
      .values({ accountId, at: now })
      .returning({ id: schema.authAttempt.id });
    return attempt!.id;
  });
  if (attemptId === null) return "throttled";

  // A throw from `verify` leaves the attempt counted, like a failure.
  if (!(await verify())) return "wrong";
  await db.delete(schema.authAttempt).where(eq(schema.authAttempt.id, attemptId));
  return "ok";
}

/** Deletes at most `limit` attempts older than the one-hour window; returns how many. For the scheduled job. */
export async function pruneAuthAttempts(db: DbOrTx, now: Date, limit: number): Promise<number> {
  const batch = db
    .select({ id: schema.authAttempt.id })
    .from(schema.authAttempt)
    .where(lte(schema.authAttempt.at, new Date(now.getTime() - WINDOW_MS)))
    .limit(limit);
  const deleted = await db
    .delete(schema.authAttempt)
    .where(inArray(schema.authAttempt.id, batch))
    .returning({ id: schema.authAttempt.id });
  return deleted.length;
}
