import { schema, type TenantTx } from "@abante/db";
import { byId, listAttachmentsInput, tenantScoped } from "@abante/validators";
import { and, count, desc, eq, sql } from "drizzle-orm";
import { NotFoundError } from "../errors";
import { deleteAttachment } from "../services/crm/files";
import { createTRPCRouter, tenantProcedure } from "../trpc";

// Attachments (F3, P8) as the CRM lists and deletes them. Uploads and downloads stream through the server's plain
// HTTP routes (apps/server/src/routes/files.ts, `/api/t/<tenant>/attachments…`); this router only reads and deletes
// rows, and deletes the bytes that belong to them (in `ctx.blobs`, the store the upload route writes to). The quota
// it reports is `ctx.uploadLimits`, the one the upload route enforces.

const entityTables = {
  contact: schema.contact,
  company: schema.company,
  deal: schema.deal,
  activity: schema.activity,
  employee: schema.employee,
} as const;

async function recordExists(tx: TenantTx, tenantId: string, kind: keyof typeof entityTables, id: string) {
  const table = entityTables[kind];
  const found = await tx
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.tenantId, tenantId), eq(table.id, id)))
    .limit(1);
  return found.length > 0;
}

/** Where the server's file routes serve an attachment. */
function urls(tenantSlug: string, row: { id: string; contentType: string; thumbnailKey: string | null }) {
  const base = `/api/t/${encodeURIComponent(tenantSlug)}/attachments/${row.id}`;
  const inline =
    /^(video|audio)\//.test(row.contentType) ||
    ["image/jpeg", "image/png", "image/gif", "image/webp", "image/avif", "image/bmp", "application/pdf"].includes(
      row.contentType,
    );
  return {
    downloadUrl: base,
    /** For preview and playback in the page (images, video, audio, PDF); null for everything else. */
    inlineUrl: inline ? `${base}?inline=1` : null,
    thumbnailUrl: row.thumbnailKey ? `${base}/thumbnail` : null,
  };
}

export const attachmentRouter = createTRPCRouter({
  /** A record's files, newest first. A record of another tenant (or none) is NOT_FOUND, like everywhere else. */
  list: tenantProcedure.input(listAttachmentsInput).query(async ({ ctx, input }) => {
    const tenantId = ctx.tenant.id;
    const a = schema.attachment;
    const found = await ctx.withTenant(async (tx) => {
      if (!(await recordExists(tx, tenantId, input.entityKind, input.entityId))) return null;
      return tx
        .select({
          id: a.id,
          entityKind: a.entityKind,
          entityId: a.entityId,
          fileName: a.fileName,
          contentType: a.contentType,
          sizeBytes: a.sizeBytes,
          sha256: a.sha256,
          thumbnailKey: a.thumbnailKey,
          uploadedBy: a.uploadedBy,
          createdAt: a.createdAt,
        })
        .from(a)
        .where(and(eq(a.tenantId, tenantId), eq(a.entityKind, input.entityKind), eq(a.entityId, input.entityId)))
        .orderBy(desc(a.createdAt), desc(a.id));
    });
    if (!found) throw new NotFoundError("No such record.");
    return found.map(({ thumbnailKey, ...row }) => ({
      ...row,
      hasThumbnail: thumbnailKey !== null,
      ...urls(ctx.tenant.slug, { ...row, thumbnailKey }),
    }));
  }),

  /** Deletes a file: the row first (it is what grants access), then its bytes and thumbnail. Members may. */
  delete: tenantProcedure.input(byId).mutation(async ({ ctx, input }) => {
    if (!(await deleteAttachment(ctx, input.id))) throw new NotFoundError("No such file.");
    return { id: input.id };
  }),

  /** Storage used by the tenant's files against its quota. */
  usage: tenantProcedure.input(tenantScoped).query(async ({ ctx }) => {
    const tenantId = ctx.tenant.id;
    const a = schema.attachment;
    const [row] = await ctx.withTenant((tx) =>
      tx
        .select({ used: sql<string>`coalesce(sum(${a.sizeBytes}), 0)`, files: count() })
        .from(a)
        .where(eq(a.tenantId, tenantId)),
    );
    return {
      usedBytes: Number(row?.used ?? 0),
      quotaBytes: ctx.uploadLimits.maxTenantBytes,
      fileCount: row?.files ?? 0,
    };
  }),
});
