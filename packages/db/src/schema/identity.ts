import { sql } from "drizzle-orm";
import { check, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
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
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.id] }),
    uniqueIndex("account_email_lower_key").on(sql`lower(${t.email})`),
    check("account_country_iso", sql`${t.country} is null or ${t.country} ~ '^[A-Z]{2}$'`),
  ],
);
