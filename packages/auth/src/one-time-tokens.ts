// Single-use links (P23): the e-mail carries a random token, the database only its SHA-256.
import { type DbOrTx, schema } from "@abante/db";
import { and, eq, gt, inArray, isNull, lte } from "drizzle-orm";
import { generateSessionToken, hashToken, plausibleToken } from "./sessions";

export type TokenPurpose = "verify_email" | "reset_password" | "change_email" | "invite";
export type OneTimeTokenRow = typeof schema.oneTimeToken.$inferSelect;

/** Only the latest link of these purposes works: asking again invalidates the earlier ones of the same account. */
const LATEST_ONLY: ReadonlySet<TokenPurpose> = new Set(["verify_email", "reset_password", "change_email"]);

/** Creates a single-use token and returns it raw (to put in a link); the database keeps only its hash. */
export async function createOneTimeToken(
  db: DbOrTx,
  input: {
    purpose: TokenPurpose;
    accountId?: string | null;
    email?: string | null;
    data?: Record<string, unknown>;
    ttlMs: number;
    now: Date;
  },
): Promise<string> {
  if (!Number.isFinite(input.ttlMs) || input.ttlMs <= 0) throw new RangeError("ttlMs must be a positive number");
  const token = generateSessionToken();
  const accountId = input.accountId ?? null;
  await db.transaction(async (tx) => {
    if (accountId && LATEST_ONLY.has(input.purpose)) {
      await tx
        .delete(schema.oneTimeToken)
        .where(
          and(
            eq(schema.oneTimeToken.accountId, accountId),
            eq(schema.oneTimeToken.purpose, input.purpose),
            isNull(schema.oneTimeToken.usedAt),
          ),
        );
    }
    await tx.insert(schema.oneTimeToken).values({
      purpose: input.purpose,
      tokenHash: hashToken(token),
      accountId,
      email: input.email ?? null,
      data: input.data ?? null,
      expiresAt: new Date(input.now.getTime() + input.ttlMs),
      createdAt: input.now,
    });
  });
  return token;
}

/**
 * Spends a token: one conditional UPDATE marks it used and returns its row, so of any number of concurrent
 * attempts exactly one wins. Null when the token is unknown, already used, expired, or issued for another purpose
 * (which leaves it unused for its own purpose).
 */
export async function consumeOneTimeToken(
  db: DbOrTx,
  input: { purpose: TokenPurpose; token: string; now: Date },
): Promise<OneTimeTokenRow | null> {
  if (!plausibleToken(input.token)) return null;
  const [row] = await db
    .update(schema.oneTimeToken)
    .set({ usedAt: input.now })
    .where(
      and(
        eq(schema.oneTimeToken.tokenHash, hashToken(input.token)),
        eq(schema.oneTimeToken.purpose, input.purpose),
        isNull(schema.oneTimeToken.usedAt),
        gt(schema.oneTimeToken.expiresAt, input.now),
      ),
    )
    .returning();
  return row ?? null;
}

/** Deletes at most `limit` expired tokens (used or not); returns how many. For the scheduled retention job. */
export async function deleteExpiredTokens(db: DbOrTx, now: Date, limit: number): Promise<number> {
  const batch = db
    .select({ id: schema.oneTimeToken.id })
    .from(schema.oneTimeToken)
    .where(lte(schema.oneTimeToken.expiresAt, now))
    .limit(limit);
  const deleted = await db
    .delete(schema.oneTimeToken)
    .where(inArray(schema.oneTimeToken.id, batch))
    .returning({ id: schema.oneTimeToken.id });
  return deleted.length;
}
