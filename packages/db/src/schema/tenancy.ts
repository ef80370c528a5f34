import { sql } from "drizzle-orm";
import {
  check,
  index,
  pgEnum,
  pgPolicy,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { CURRENT_TENANT, createdAt, id, tenantId } from "./_shared";
import { account } from "./identity";

export const tenantStatus = pgEnum("tenant_status", ["trial", "active", "cancelled", "destroyed"]);
export const membershipRole = pgEnum("membership_role", ["owner", "admin", "member"]);

/** One customer's CRM database (P8). A global (Citus reference) table: it has no tenant_id column of its own. */
export const tenant = pgTable(
  "tenant",
  {
    id: id(),
    slug: text().notNull(),
    name: text().notNull(),
    ownerAccountId: uuid()
      .notNull()
      .references(() => account.id),
    status: tenantStatus().notNull().default("trial"),
    trialEndsAt: timestamp({ withTimezone: true }),
    cancelledAt: timestamp({ withTimezone: true }),
    purgeAfter: timestamp({ withTimezone: true }),
    destroyedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.id] }),
    unique("tenant_slug_key").on(t.slug),
    check("tenant_slug_format", sql`${t.slug} ~ '^[a-z0-9](?:[a-z0-9-]{1,46}[a-z0-9])$'`),
    index("tenant_owner_idx").on(t.ownerAccountId),
  ],
);

/**
 * Who may work in a tenant. Tenant-owned (RLS): inside a tenant transaction a tenant sees its own members; an account
 * context (`withAccount`) sees that account's memberships across tenants, which is how "my CRM databases" is listed.
 */
export const membership = pgTable(
  "membership",
  {
    tenantId: tenantId().references(() => tenant.id, { onDelete: "cascade" }),
    accountId: uuid()
      .notNull()
      .references(() => account.id, { onDelete: "cascade" }),
    role: membershipRole().notNull().default("member"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.accountId] }),
    index("membership_account_idx").on(t.accountId),
    pgPolicy("membership_tenant_isolation", {
      as: "permissive",
      for: "all",
      to: "public",
      using: sql`tenant_id = ${CURRENT_TENANT}`,
      withCheck: sql`tenant_id = ${CURRENT_TENANT}`,
    }),
    pgPolicy("membership_own_account", {
      as: "permissive",
      for: "select",
      to: "public",
      using: sql`account_id = nullif(current_setting('app.account_id', true), '')::uuid`,
    }),
  ],
).enableRLS();
