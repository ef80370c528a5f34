// Sessions after the Lucia session guide (lucia-auth.com), built on @oslojs: the cookie holds a random token, the
// database only its SHA-256 (P6), and expiry slides with activity within hard limits (P27).
import { createHash } from "node:crypto";
import { type Db, type DbOrTx, prepared, schema } from "@abante/db";
import { constantTimeEqual } from "@oslojs/crypto/subtle";
import { encodeBase32LowerCaseNoPadding } from "@oslojs/encoding";
import { and, desc, eq, gt, inArray, lt, lte, ne, sql } from "drizzle-orm";
import { PgTransaction } from "drizzle-orm/pg-core";

/** P27: a session expires 7 days after its last activity… */
export const SESSION_IDLE_MS = 7 * 24 * 3600 * 1000;
/** …and at most 90 days after it was created, however active it is. */
export const SESSION_MAX_MS = 90 * 24 * 3600 * 1000;
/** Activity is written back at most once an hour per session, so reads do not turn every request into a write. */
export const SESSION_TOUCH_MS = 3600 * 1000;

export type SessionRow = typeof schema.session.$inferSelect;
export type AccountRow = typeof schema.account.$inferSelect;

/** 20 bytes = 160 random bits, the floor for session and one-time tokens (ARCHITECTURE, security defaults). */
const TOKEN_BYTES = 20;
/** Far longer than any token we issue: longer input is refused before it is hashed. */
const MAX_TOKEN_LENGTH = 256;
/** User agents are shown in the session list; nothing useful sits past this length, and headers can be large. */
const MAX_USER_AGENT_LENGTH = 512;

/** A fresh random token: 160 bits from the platform CSPRNG, base32 (lower case, no padding: 32 characters). */
export function generateSessionToken(): string {
  const bytes = new Uint8Array(TOKEN_BYTES);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

/** The only form of a token the database ever sees: its SHA-256, as 64 lower-case hex digits. */
export function hashToken(token: string): string {
  // node:crypto rather than a JavaScript SHA-256: every signed-in request hashes its cookie.
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** True when `token` could be one of ours; anything else is refused without a query. */
export function plausibleToken(token: unknown): token is string {
  return typeof token === "string" && token.length > 0 && token.length <= MAX_TOKEN_LENGTH;
}

export async function createSession(
  db: DbOrTx,
  input: { accountId: string; now: Date; ip?: string | null; userAgent?: string | null; country?: string | null },
): Promise<{ token: string; session: SessionRow }> {
  const token = generateSessionToken();
  const now = input.now;
  const absoluteExpiresAt = new Date(now.getTime() + SESSION_MAX_MS);
  const [session] = await db
    .insert(schema.session)
    .values({
      id: hashToken(token),
      accountId: input.accountId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: slidExpiry(now, absoluteExpiresAt),
      absoluteExpiresAt,
      ip: input.ip ?? null,
      userAgent: input.userAgent?.slice(0, MAX_USER_AGENT_LENGTH) ?? null,
      country: input.country ?? null,
    })
    .returning();
  return { token, session: session! };
}

function slidExpiry(now: Date, absoluteExpiresAt: Date): Date {
  return new Date(Math.min(now.getTime() + SESSION_IDLE_MS, absoluteExpiresAt.getTime()));
}

const encoder = new TextEncoder();

const sessionQuery = (db: DbOrTx) =>
  db
    .select({ session: schema.session, account: schema.account })
    .from(schema.session)
    .innerJoin(schema.account, eq(schema.account.id, schema.session.accountId));

/** Every signed-in request runs this lookup: it is built once per database handle. */
const sessionById = (db: Db, id: string) =>
  prepared(db, "session_by_id", (d) =>
    sessionQuery(d)
      .where(eq(schema.session.id, sql.placeholder("id")))
      .prepare("session_by_id"),
  ).execute({ id });

/**
 * The session and account behind a cookie token, or null for an unknown or expired token (an expired session is
 * deleted on the spot). A valid session slides: expiresAt = min(now + 7 days, absoluteExpiresAt) and
 * lastSeenAt = now, written only when lastSeenAt is more than an hour old. When the returned session's lastSeenAt
 * equals `now` it was just extended, and the caller should send the cookie again with the new expiresAt.
 */
export async function validateSession(
  db: DbOrTx,
  token: string,
  now: Date,
): Promise<{ session: SessionRow; account: AccountRow } | null> {
  if (!plausibleToken(token)) return null;
  const id = hashToken(token);
  const [found] =
    db instanceof PgTransaction ? await sessionQuery(db).where(eq(schema.session.id, id)) : await sessionById(db, id);
  // The index lookup already matched; comparing in constant time as well keeps the check independent of how the
  // database compares strings (the Lucia guide's habit).
  if (!found || !constantTimeEqual(encoder.encode(found.session.id), encoder.encode(id))) return null;
  const { session, account } = found;

  const t = now.getTime();
  if (t >= session.expiresAt.getTime() || t >= session.absoluteExpiresAt.getTime()) {
    await db.delete(schema.session).where(eq(schema.session.id, id));
    return null;
  }
  if (t - session.lastSeenAt.getTime() <= SESSION_TOUCH_MS) return { session, account };

  // The lastSeenAt condition makes concurrent requests of one browser write once, and never moves expiry back.
  const [touched] = await db
    .update(schema.session)
    .set({ lastSeenAt: now, expiresAt: slidExpiry(now, session.absoluteExpiresAt) })
    .where(and(eq(schema.session.id, id), lt(schema.session.lastSeenAt, new Date(t - SESSION_TOUCH_MS))))
    .returning();
  return { session: touched ?? session, account };
}

export async function invalidateSession(db: DbOrTx, sessionId: string): Promise<void> {
  await db.delete(schema.session).where(eq(schema.session.id, sessionId));
}

/** Deletes all sessions of the account except `except` (a session id); returns how many. */
export async function invalidateAccountSessions(
  db: DbOrTx,
  accountId: string,
  options: { except?: string } = {},
): Promise<number> {
  const deleted = await db
    .delete(schema.session)
    .where(
      options.except === undefined
        ? eq(schema.session.accountId, accountId)
        : and(eq(schema.session.accountId, accountId), ne(schema.session.id, options.except)),
    )
    .returning({ id: schema.session.id });
  return deleted.length;
}

/** The account's unexpired sessions, most recently active first (for the "active sessions" list). */
export async function listAccountSessions(db: DbOrTx, accountId: string, now: Date): Promise<SessionRow[]> {
  return db
    .select()
    .from(schema.session)
    .where(
      and(
        eq(schema.session.accountId, accountId),
        gt(schema.session.expiresAt, now),
        gt(schema.session.absoluteExpiresAt, now),
      ),
    )
    .orderBy(desc(schema.session.lastSeenAt), desc(schema.session.createdAt));
}

/**
 * Deletes at most `limit` expired sessions; returns how many. For the scheduled retention job, which calls it until
 * it returns less than `limit`. expiresAt never passes absoluteExpiresAt, so it alone decides.
 */
export async function deleteExpiredSessions(db: DbOrTx, now: Date, limit: number): Promise<number> {
  const batch = db
    .select({ id: schema.session.id })
    .from(schema.session)
    .where(lte(schema.session.expiresAt, now))
    .limit(limit);
  const deleted = await db
    .delete(schema.session)
    .where(inArray(schema.session.id, batch))
    .returning({ id: schema.session.id });
  return deleted.length;
}

export const SESSION_COOKIE = "abante_session";
/** `__Host-`: the browser accepts it only with Secure, Path=/ and no Domain, so no subdomain can plant or read it. */
export const SECURE_SESSION_COOKIE = "__Host-abante_session";

export interface SessionCookieOptions {
  httpOnly: true;
  sameSite: "lax";
  path: "/";
  secure: boolean;
  expires: Date;
}

export interface SessionCookie {
  name: string;
  value: string;
  options: SessionCookieOptions;
}

export interface BlankSessionCookie {
  name: string;
  value: "";
  options: SessionCookieOptions & { maxAge: 0 };
}

/** The session cookie: HttpOnly, SameSite=Lax, Path=/, expiring with the session; Secure and `__Host-` when `secure`. */
export function sessionCookie(token: string, expiresAt: Date, secure: boolean): SessionCookie {
  return {
    name: secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE,
    value: token,
    options: { httpOnly: true, sameSite: "lax", path: "/", secure, expires: expiresAt },
  };
}

/** A cookie that makes the browser drop the session cookie (sign-out, invalid session). */
export function blankSessionCookie(secure: boolean): BlankSessionCookie {
  return {
    name: secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE,
    value: "",
    options: { httpOnly: true, sameSite: "lax", path: "/", secure, expires: new Date(0), maxAge: 0 },
  };
}
