import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  index,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "./_shared";

export const staffRole = pgEnum("staff_role", ["support", "privacy", "admin"]);

/**
 * A person who signed up (P1): exactly the registration fields, plus the locale and country recorded at sign-up.
 * Staff are accounts with a staff role; they never hold a membership.
 */
export const account = pgTable(
  "account",
  {
    id: id(),
    email: text().notNull(),
    name: text().notNull(),
    companyName: text(),
    phone: text(),
    businessSector: text(),
    interests: text().array().notNull().default(sql`'{}'::text[]`),
    locale: text().notNull().default("en"),
    country: text(),
    passwordHash: text(),
    emailVerifiedAt: timestamp({ withTimezone: true }),
    staffRole: staffRole(),
    /** P11: marketing e-mail only with an explicit opt-in; withdrawn by one click. */
    marketingOptIn: boolean().notNull().default(false),
    marketingOptInAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.id] }),
    uniqueIndex("account_email_lower_key").on(sql`lower(${t.email})`),
    check("account_country_iso", sql`${t.country} is null or ${t.country} ~ '^[A-Z]{2}$'`),
  ],
);

/**
 * A signed-in browser (P6, P27). The id is the SHA-256 of the cookie's random token: the token itself is never
 * stored. Expiry slides 7 days past the last activity and never passes 90 days after creation.
 */
export const session = pgTable(
  "session",
  {
    id: text().notNull(),
    accountId: uuid()
      .notNull()
      .references(() => account.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    absoluteExpiresAt: timestamp({ withTimezone: true }).notNull(),
    ip: text(),
    userAgent: text(),
    country: text(),
  },
  (t) => [
    primaryKey({ columns: [t.id] }),
    index("session_account_idx").on(t.accountId),
    index("session_expires_idx").on(t.expiresAt),
    check("session_id_sha256", sql`${t.id} ~ '^[0-9a-f]{64}$'`),
  ],
);

export const tokenPurpose = pgEnum("token_purpose", ["verify_email", "reset_password", "change_email", "invite"]);

/** Single-use links (verification, reset, e-mail change, invitations): only the token's SHA-256 is kept. */
export const oneTimeToken = pgTable(
  "one_time_token",
  {
    id: id(),
    purpose: tokenPurpose().notNull(),
    tokenHash: text().notNull(),
    accountId: uuid().references(() => account.id, { onDelete: "cascade" }),
    /** The address the link was sent to (for an e-mail change: the new address). */
    email: text(),
    data: jsonb().$type<Record<string, unknown>>(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.id] }),
    uniqueIndex("one_time_token_hash_key").on(t.tokenHash),
    index("one_time_token_account_idx").on(t.accountId, t.purpose),
    index("one_time_token_expires_idx").on(t.expiresAt),
  ],
);

/**
 * Password verifications spent on an account, for the per-account throttle: at most 100 failed attempts an hour
 * reach the password check, whatever the number of IP addresses they come from.
 */
export const authAttempt = pgTable(
  "auth_attempt",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    accountId: uuid()
      .notNull()
      .references(() => account.id, { onDelete: "cascade" }),
    at: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index("auth_attempt_account_at_idx").on(t.accountId, t.at)],
);

/**
 * Every e-mail the platform sends, and in dev (no SMTP_URL) the dev mailbox itself. Bodies are kept so the dev
 * mailbox can show them; production prunes them (F6 retention).
 */
export const outboxMessage = pgTable(
  "outbox_message",
  {
    id: id(),
    toAddress: text().notNull(),
    subject: text().notNull(),
    textBody: text().notNull(),
    htmlBody: text(),
    kind: text().notNull(),
    marketing: boolean().notNull().default(false),
    locale: text().notNull().default("en"),
    transport: text().notNull(),
    createdAt: createdAt(),
    sentAt: timestamp({ withTimezone: true }),
    error: text(),
  },
  (t) => [primaryKey({ columns: [t.id] }), index("outbox_message_created_idx").on(t.createdAt)],
);
