import { sql } from "drizzle-orm";
import { pgPolicy, pgRole, timestamp, uuid } from "drizzle-orm/pg-core";
import { uuidv7 } from "uuidv7";

/** The non-superuser role every application query runs as, so that row-level security really applies. */
export const APP_ROLE = "abante_app";
export const appRole = pgRole(APP_ROLE).existing();

/** Time-ordered ids keep primary-key indexes compact and make keyset pagination by id follow insertion order. */
export const id = () =>
  uuid()
    .notNull()
    .$defaultFn(() => uuidv7());

export const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();
export const updatedAt = () =>
  timestamp({ withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date());

/**
 * The tenant of a tenant-owned row. It always leads the primary key (Citus distributes by it) and every unique
 * constraint or foreign key between tenant-owned tables includes it.
 */
export const tenantId = () => uuid().notNull();

/**
 * The one policy of every tenant-owned table: a row is visible and writable only inside `withTenant` for its
 * own tenant. With no tenant set, `nullif(…)` yields NULL and the comparison matches nothing instead of failing.
 */
export const CURRENT_TENANT = sql`nullif(current_setting('app.tenant_id', true), '')::uuid`;

export const tenantIsolation = (table: string) =>
  pgPolicy(`${table}_tenant_isolation`, {
    as: "permissive",
    for: "all",
    to: "public",
    using: sql`tenant_id = ${CURRENT_TENANT}`,
    withCheck: sql`tenant_id = ${CURRENT_TENANT}`,
  });
