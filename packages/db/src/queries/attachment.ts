import { and, eq, inArray, or, type SQL, sql } from "drizzle-orm";
import { activity, attachment } from "../schema";
import type { TenantTx } from "../tenant";

export type AttachmentEntityKind = (typeof attachment.$inferSelect)["entityKind"];

/** A record that may carry files. */
export interface FileOwner {
  kind: AttachmentEntityKind;
  id: string;
}

/** Which attachment rows a deletion takes: those of some records, or some attachments by id. */
export type AttachmentSelection = { owners: FileOwner[] } | { ids: string[] };

function selected(p: { tenantId: string } & AttachmentSelection): SQL | undefined {
  let which: SQL | undefined;
  if ("ids" in p) {
    which = p.ids.length > 0 ? inArray(attachment.id, p.ids) : undefined;
  } else {
    const byKind = new Map<AttachmentEntityKind, string[]>();
    for (const o of p.owners) byKind.set(o.kind, [...(byKind.get(o.kind) ?? []), o.id]);
    which = or(
      ...[...byKind].map(([kind, ids]) => and(eq(attachment.entityKind, kind), inArray(attachment.entityId, ids))),
    );
  }
  return which && and(eq(attachment.tenantId, p.tenantId), which);
}

/** The blob keys (file and thumbnail) of the given attachment rows, once each. */
function keysOf(found: { blobKey: string; thumbnailKey: string | null }[]): string[] {
  const keys = new Set<string>();
  for (const r of found) {
    keys.add(r.blobKey);
    if (r.thumbnailKey) keys.add(r.thumbnailKey);
  }
  return [...keys];
}

/**
 * Serialises, per tenant, the writes that decide which attachment rows exist: the upload's final quota and record
 * check, and the deletion of records with their files. Held until the transaction ends.
 */
export async function lockTenantAttachments(tx: TenantTx, tenantId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`attachment:${tenantId}`}, 0))`);
}

/** Which of `keys` some attachment row still names, as its file or its thumbnail. */
export async function blobKeysInUse(tx: TenantTx, tenantId: string, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const found = await tx
    .select({ blobKey: attachment.blobKey, thumbnailKey: attachment.thumbnailKey })
    .from(attachment)
    .where(
      and(
        eq(attachment.tenantId, tenantId),
        or(inArray(attachment.blobKey, keys), inArray(attachment.thumbnailKey, keys)),
      ),
    );
  const wanted = new Set(keys);
  return new Set(keysOf(found).filter((k) => wanted.has(k)));
}

/**
 * Deletes the selected attachment rows and returns them (id, owner) with the blob keys that no remaining row names:
 * the bytes the caller may remove once the transaction has committed. A key another row still uses is kept.
 */
export async function deleteAttachments(
  tx: TenantTx,
  p: { tenantId: string } & AttachmentSelection,
): Promise<{ deleted: { id: string; entityKind: AttachmentEntityKind; entityId: string }[]; unusedKeys: string[] }> {
  const where = selected(p);
  if (!where) return { deleted: [], unusedKeys: [] };
  const gone = await tx.delete(attachment).where(where).returning({
    id: attachment.id,
    entityKind: attachment.entityKind,
    entityId: attachment.entityId,
    blobKey: attachment.blobKey,
    thumbnailKey: attachment.thumbnailKey,
  });
  const keys = keysOf(gone);
  const inUse = await blobKeysInUse(tx, p.tenantId, keys);
  return {
    deleted: gone.map(({ id, entityKind, entityId }) => ({ id, entityKind, entityId })),
    unusedKeys: keys.filter((k) => !inUse.has(k)),
  };
}

/** The activities of a contact: deleting the contact deletes them too (the foreign key cascades). */
export async function activityIdsOfContact(tx: TenantTx, tenantId: string, contactId: string): Promise<string[]> {
  const found = await tx
    .select({ id: activity.id })
    .from(activity)
    .where(and(eq(activity.tenantId, tenantId), eq(activity.contactId, contactId)));
  return found.map((r) => r.id);
}
