import type { TenantTx } from "@abante/db";
import * as q from "@abante/db/queries";
import type { CrmCtx } from "./common";

// Files go with their records (P19): deleting a record deletes its attachment rows in the same transaction, and
// the bytes once that transaction has committed, so a rolled-back delete never loses a file and a committed one
// leaves none behind.

export type { FileOwner } from "@abante/db/queries";

/** The blob keys of a tenant's uploads all sit under its own prefix (apps/server/src/routes/files.ts). */
const ownPrefix = (tenantId: string) => `t/${tenantId}/`;

/**
 * Removes bytes that no attachment row names any more. Only keys under the tenant's own prefix are touched: rows
 * are visible to one tenant at a time, so a key outside it could still be another tenant's file. A failure is
 * logged, not thrown: the rows are gone, so nobody can reach the bytes, and there is nothing the user could retry.
 */
async function removeBlobs(ctx: CrmCtx, keys: string[]): Promise<void> {
  const prefix = ownPrefix(ctx.tenant.id);
  for (const key of keys) {
    if (!key.startsWith(prefix)) {
      ctx.log.warn(
        { key, tenantId: ctx.tenant.id },
        "attachment deleted; its blob lies outside the tenant and is kept",
      );
      continue;
    }
    try {
      await ctx.blobs.delete(key);
    } catch (err) {
      ctx.log.error({ err, key, tenantId: ctx.tenant.id }, "attachment deleted but its blob was not");
    }
  }
}

/**
 * Deletes records with their files. `remove` deletes the records inside the tenant transaction and returns every
 * record that goes (cascades included), or null when there was nothing to delete. Their attachment rows are deleted
 * in the same transaction; after commit, the blobs no remaining row names are removed. Returns whether `remove`
 * deleted anything.
 */
export async function deleteRecordsWithFiles(
  ctx: CrmCtx,
  remove: (tx: TenantTx) => Promise<q.FileOwner[] | null>,
): Promise<boolean> {
  const tenantId = ctx.tenant.id;
  const unused = await ctx.withTenant(async (tx) => {
    // The upload route takes the same lock for its final check that the record still exists: an upload either
    // commits first (and its row is deleted here) or sees the record gone.
    await q.lockTenantAttachments(tx, tenantId);
    const owners = await remove(tx);
    if (owners === null) return null;
    return (await q.deleteAttachments(tx, { tenantId, owners })).unusedKeys;
  });
  if (unused === null) return false;
  await removeBlobs(ctx, unused);
  return true;
}

/** Deletes one attachment by id, row then bytes, by the same rules. Returns whether it existed. */
export async function deleteAttachment(ctx: CrmCtx, id: string): Promise<boolean> {
  const tenantId = ctx.tenant.id;
  const { deleted, unusedKeys } = await ctx.withTenant((tx) => q.deleteAttachments(tx, { tenantId, ids: [id] }));
  if (deleted.length === 0) return false;
  await removeBlobs(ctx, unusedKeys);
  return true;
}
