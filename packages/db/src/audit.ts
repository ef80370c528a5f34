// P15, P16, P23: the append-only audit log as a hash chain. `appendAudit` adds one event inside the caller's
// transaction (so the event and the action it records commit or roll back together); `verifyAuditChain` re-reads
// the whole log and recomputes every link.
import { createHash } from "node:crypto";
import { asc, desc, gt, sql } from "drizzle-orm";
import type { DbOrTx, Tx } from "./client";
import { auditEvent } from "./schema/audit";

/** The `prev_hash` of the first event. */
export const AUDIT_GENESIS_HASH = "0".repeat(64);

/**
 * One transaction-level advisory lock serializes appends cluster-wide: the next event reads the last committed one
 * only after every earlier append has committed or rolled back, so `seq` has no gaps and no two events share a
 * predecessor. (An explicit table lock would need UPDATE rights, which the application role does not have.)
 */
const AUDIT_LOCK = 727_274_015;

export interface AuditInput {
  /** The acting account; null for the platform itself. */
  actorAccountId: string | null;
  /** The role it acted in: `staff:privacy`, `member:owner`, `system`… */
  actorRole: string;
  tenant?: string | null;
  action: string;
  target?: string | null;
  at: Date;
  /** Details; stored as canonical JSON (keys sorted, undefined left out), exactly as hashed. */
  meta?: Record<string, unknown>;
}

export type AuditEvent = typeof auditEvent.$inferSelect;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * JSON with object keys sorted at every level, `undefined` members left out and dates as ISO strings: the same
 * value always gives the same text, whatever order its keys were written in or jsonb stored them in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? "null" : canonicalJson(v))).join(",")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  if (typeof value === "number" && !Number.isFinite(value)) return "null";
  if (typeof value === "bigint") return JSON.stringify(value.toString());
  return JSON.stringify(value) ?? "null";
}

type Hashed = Pick<
  AuditEvent,
  "seq" | "prevHash" | "actorAccountId" | "actorRole" | "tenant" | "action" | "target" | "at" | "meta"
>;

/** SHA-256 (hex) over the previous hash and the canonical content of the row (everything but its own hash). */
export function auditHash(row: Hashed): string {
  const content = canonicalJson({
    seq: row.seq,
    actorAccountId: row.actorAccountId,
    actorRole: row.actorRole,
    tenant: row.tenant,
    action: row.action,
    target: row.target,
    at: row.at,
    meta: row.meta,
  });
  return createHash("sha256").update(`${row.prevHash}\n${content}`).digest("hex");
}

function uuidOrNull(value: string | null | undefined, field: string): string | null {
  if (value === null || value === undefined) return null;
  const lower = value.toLowerCase();
  if (!uuidPattern.test(lower)) throw new TypeError(`appendAudit: ${field} must be a UUID`);
  return lower;
}

/**
 * Appends one event to the chain. Must run in the transaction of the action it records: the lock is held until that
 * transaction ends, and if it rolls back the event goes with it. Call it in a READ COMMITTED transaction (the
 * default): it has to see the event committed just before it.
 */
export async function appendAudit(tx: Tx, input: AuditInput): Promise<AuditEvent> {
  if (!input.action.trim() || !input.actorRole.trim())
    throw new TypeError("appendAudit: action and actorRole are required");
  if (Number.isNaN(input.at.getTime())) throw new TypeError("appendAudit: at must be a valid date");
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK})`);
  const [last] = await tx
    .select({ seq: auditEvent.seq, hash: auditEvent.hash })
    .from(auditEvent)
    .orderBy(desc(auditEvent.seq))
    .limit(1);
  const row: Hashed = {
    seq: (last?.seq ?? 0) + 1,
    prevHash: last?.hash ?? AUDIT_GENESIS_HASH,
    actorAccountId: uuidOrNull(input.actorAccountId, "actorAccountId"),
    actorRole: input.actorRole,
    tenant: uuidOrNull(input.tenant, "tenant"),
    action: input.action,
    target: input.target ?? null,
    // Milliseconds, as a Date carries them and as the row reads back.
    at: new Date(input.at.getTime()),
    // Through JSON once, so what is stored is exactly what is hashed.
    meta: JSON.parse(canonicalJson(input.meta ?? {})) as Record<string, unknown>,
  };
  const [stored] = await tx
    .insert(auditEvent)
    .values({ ...row, hash: auditHash(row) })
    .returning();
  return stored!;
}

export type AuditChainVerdict =
  | { ok: true; count: number; lastHash: string }
  | {
      ok: false;
      /** Events verified before the break. */
      count: number;
      /** The first event that does not fit. */
      seq: number;
      reason: "gap" | "link" | "hash";
    };

/**
 * Re-reads the log in `seq` order and checks every event: numbered without gaps from 1, linked to the hash of the
 * one before, and hashed over its own content. Any change to a stored row (or a removed or reordered one) shows as
 * the first event that does not fit. Cutting events off the end leaves a shorter valid chain: compare `count` and
 * `lastHash` with a copy kept elsewhere to detect that.
 */
export async function verifyAuditChain(db: DbOrTx, options: { pageSize?: number } = {}): Promise<AuditChainVerdict> {
  const pageSize = options.pageSize ?? 1000;
  let count = 0;
  let prev = AUDIT_GENESIS_HASH;
  let lastSeq = 0;
  for (;;) {
    const page = await db
      .select()
      .from(auditEvent)
      .where(gt(auditEvent.seq, lastSeq))
      .orderBy(asc(auditEvent.seq))
      .limit(pageSize);
    for (const row of page) {
      const seq = Number(row.seq);
      if (seq !== lastSeq + 1) return { ok: false, count, seq, reason: "gap" };
      if (row.prevHash !== prev) return { ok: false, count, seq, reason: "link" };
      if (auditHash({ ...row, seq }) !== row.hash) return { ok: false, count, seq, reason: "hash" };
      prev = row.hash;
      lastSeq = seq;
      count++;
    }
    if (page.length < pageSize) return { ok: true, count, lastHash: prev };
  }
}
