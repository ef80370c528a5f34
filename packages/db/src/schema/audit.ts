import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

/**
 * P15, P16, P23: the append-only audit log, one hash chain for the whole platform. Each row's `hash` is SHA-256 over
 * the previous row's hash and this row's canonical content (see `appendAudit` in ../audit.ts), so changing, removing
 * or reordering any row breaks every later link. Rows are numbered without gaps (`seq`), appended one at a time
 * under a transaction-level advisory lock. The application role may only insert and read: the migration revokes
 * UPDATE, DELETE and TRUNCATE and a trigger refuses them for everyone else too.
 *
 * A global table: the tenant an event concerns is `tenant`, deliberately not `tenant_id`, which would make it a
 * tenant-owned table under row-level security, and many events (staff reading the request log) concern none.
 */
export const auditEvent = pgTable(
  "audit_event",
  {
    seq: bigint({ mode: "number" }).notNull(),
    /** The hash of the row before (64 zeros for the first row). */
    prevHash: text().notNull(),
    hash: text().notNull(),
    /** The account that acted; null for the platform itself (a scheduled job). No foreign key: the record outlives the account. */
    actorAccountId: uuid(),
    /** The role the actor acted in, e.g. `staff:privacy`, `member:owner`, `system`. */
    actorRole: text().notNull(),
    /** The tenant the event concerns, when it concerns one. */
    tenant: uuid(),
    /** What happened, e.g. `request_log.link`. */
    action: text().notNull(),
    /** What it happened to, e.g. `request_log`. */
    target: text(),
    at: timestamp({ withTimezone: true }).notNull(),
    /** The details (a reason, the scope of a read); canonical JSON, as hashed. */
    meta: jsonb().$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
  },
  (t) => [
    primaryKey({ columns: [t.seq] }),
    uniqueIndex("audit_event_hash_key").on(t.hash),
    index("audit_event_tenant_idx").on(t.tenant, t.seq),
    index("audit_event_action_idx").on(t.action, t.at),
    check("audit_event_seq_check", sql`${t.seq} >= 1`),
    check("audit_event_hash_check", sql`${t.hash} ~ '^[0-9a-f]{64}$' and ${t.prevHash} ~ '^[0-9a-f]{64}$'`),
  ],
);
