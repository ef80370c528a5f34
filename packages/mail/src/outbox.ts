import { type DbOrTx, schema } from "@abante/db";
import { desc, eq, sql } from "drizzle-orm";
import type { OutboxMessage } from "./types";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The outbox, newest first (the dev mailbox). `to` matches the recipient address case-insensitively. */
export async function listOutbox(db: DbOrTx, options: { limit?: number; to?: string } = {}): Promise<OutboxMessage[]> {
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? 50), 1), 500);
  const t = schema.outboxMessage;
  return db
    .select()
    .from(t)
    .where(options.to === undefined ? undefined : sql`lower(${t.toAddress}) = lower(${options.to})`)
    .orderBy(desc(t.createdAt), desc(t.id))
    .limit(limit);
}

/** One outbox message, or null (also for an id that is not a UUID, as a URL may carry). */
export async function getOutboxMessage(db: DbOrTx, id: string): Promise<OutboxMessage | null> {
  if (!uuidPattern.test(id)) return null;
  const [row] = await db.select().from(schema.outboxMessage).where(eq(schema.outboxMessage.id, id)).limit(1);
  return row ?? null;
}
