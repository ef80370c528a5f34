import { Readable } from "node:stream";
import { ForbiddenError, NotFoundError, resolveTenantAccess, type TenantAccess } from "@abante/api";
import {
  BlobNotFoundError,
  type BlobStore,
  BlobTooLargeError,
  type ByteRange,
  formatBytes,
  type UploadLimits,
} from "@abante/blob";
import { schema, type TenantTx, withTenant } from "@abante/db";
import { lockTenantAttachments } from "@abante/db/queries";
import { attachmentEntity } from "@abante/validators";
import fastifyMultipart from "@fastify/multipart";
import { and, eq, sql } from "drizzle-orm";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { fileTypeFromBuffer } from "file-type";
import sharp from "sharp";
import { uuidv7 } from "uuidv7";
import { z } from "zod";
import type { RouteOptions } from "./context";

// Attachments (F3, P8): files on a tenant's records. Bytes live in a BlobStore under `t/<tenantId>/<attachmentId>`,
// the attachment row (RLS-confined like every tenant row) says which record they belong to. Uploads stream from the
// request into the store — never a whole file in memory — and are all-or-nothing: a refused, oversized or
// interrupted upload leaves neither bytes nor a row.

export interface FileRouteOptions extends RouteOptions {
  /** Where the bytes go: the same store the API deletes files from. */
  store: BlobStore;
  /** FILE_MAX_BYTES / TENANT_MAX_BYTES (env.ts). */
  limits: UploadLimits;
}

/** Thumbnails fit in a 320 × 320 box (WebP). */
export const THUMBNAIL_SIZE = 320;
/** sharp reads stream input into memory: larger images get no thumbnail rather than a 100 MiB buffer. */
export const THUMBNAIL_MAX_INPUT_BYTES = 32 * 1024 * 1024;
/** How much of the upload file-type gets to see (zip-based office formats need to read a few entries). */
const SNIFF_BYTES = 64 * 1024;

const THUMBNAIL_TYPES = new Set(["image/jpeg", "image/png", "image/webp", "image/gif"]);

/** Types a browser may display in the page (`?inline=1`): raster images, video, audio, PDF. Never HTML or SVG. */
const INLINE_TYPES = new Set([
  "image/jpeg",
  "image/png",
  "image/gif",
  "image/webp",
  "image/avif",
  "image/bmp",
  "application/pdf",
]);
export function isInlineType(contentType: string): boolean {
  return INLINE_TYPES.has(contentType) || contentType.startsWith("video/") || contentType.startsWith("audio/");
}

const OFFICE_TYPES = new Set([
  "application/pdf",
  "application/rtf",
  "application/zip",
  "application/msword",
  "application/vnd.ms-excel",
  "application/vnd.ms-powerpoint",
  "application/vnd.ms-outlook",
  "application/vnd.visio",
  "application/ogg",
  "text/plain",
  "text/csv",
  "text/calendar",
  "text/vcard",
  "text/vtt",
]);

/**
 * Which sniffed types may be stored: images, video, audio, PDF, office documents (OOXML and OpenDocument, legacy
 * Word/Excel/PowerPoint, Outlook messages, RTF), text and CSV, zip. Executables, scripts, installers, other archives
 * and macro-enabled Office files (`…macroenabled.12`) are refused.
 */
export function isAllowedType(contentType: string): boolean {
  if (/^(image|video|audio)\//.test(contentType)) return true;
  if (OFFICE_TYPES.has(contentType)) return true;
  if (contentType.startsWith("application/vnd.oasis.opendocument.")) return true;
  return contentType.startsWith("application/vnd.openxmlformats-officedocument.");
}

/** file-type recognises the OLE2 container of legacy Office files but not which one; the extension tells. */
const LEGACY_OFFICE: Record<string, string> = {
  doc: "application/msword",
  dot: "application/msword",
  xls: "application/vnd.ms-excel",
  xlt: "application/vnd.ms-excel",
  ppt: "application/vnd.ms-powerpoint",
  pps: "application/vnd.ms-powerpoint",
};

const extensionOf = (fileName: string) => /\.([A-Za-z0-9]{1,16})$/.exec(fileName)?.[1]?.toLowerCase();

/** C0 controls other than tab, line feed, form feed, carriage return and escape, and DEL: binary, not text. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const BINARY_CONTROL = /[\u0000-\u0008\u000b\u000e-\u001a\u001c-\u001f\u007f]/;

/** Validates UTF-8 text incrementally (chunks may split a multi-byte character). */
class TextCheck {
  private readonly decoder = new TextDecoder("utf-8", { fatal: true });
  ok = true;
  push(chunk: Uint8Array): boolean {
    if (!this.ok) return false;
    try {
      this.ok = !BINARY_CONTROL.test(this.decoder.decode(chunk, { stream: true }));
    } catch {
      this.ok = false;
    }
    return this.ok;
  }
  end(): boolean {
    if (!this.ok) return false;
    try {
      this.decoder.decode();
    } catch {
      this.ok = false;
    }
    return this.ok;
  }
}

export interface Sniffed {
  contentType: string;
  /** Decided from the head alone as text: the rest of the stream must be checked as it passes. */
  verifyText: boolean;
}

/**
 * The content type of an upload from its first bytes (the client's declared type is ignored): what file-type
 * recognises, else text/plain (text/csv for a .csv name) when the bytes are valid UTF-8 text, else
 * application/octet-stream. `complete` says whether `head` is the whole file.
 */
export async function sniffContentType(head: Uint8Array, fileName: string, complete: boolean): Promise<Sniffed> {
  const found = await fileTypeFromBuffer(head);
  // XML is text to us: stored and served as text/plain, so an SVG or XHTML upload can never render as a page.
  if (found && found.mime !== "application/xml") {
    if (found.mime === "application/x-cfb") {
      const legacy = LEGACY_OFFICE[extensionOf(fileName) ?? ""];
      return { contentType: legacy ?? found.mime, verifyText: false };
    }
    return { contentType: found.mime, verifyText: false };
  }
  const check = new TextCheck();
  const isText = check.push(head) && (!complete || check.end());
  if (!isText) return { contentType: "application/octet-stream", verifyText: false };
  return { contentType: extensionOf(fileName) === "csv" ? "text/csv" : "text/plain", verifyText: !complete };
}

/** Uploaded text that turned out not to be text past the sniffed head. */
class NotTextError extends Error {}

/**
 * Reads up to `n` bytes from the front of `source` and returns them with a stream that replays them followed by the
 * rest of `source` (errors included), so the type can be decided before anything is stored. `abandon` stops the
 * source when the upload is refused.
 */
export async function peek(
  source: Readable,
  n: number,
): Promise<{ head: Buffer; complete: boolean; rest: (verifyText: boolean) => Readable; abandon: () => void }> {
  const it = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const chunks: Buffer[] = [];
  let size = 0;
  let complete = false;
  while (size < n) {
    const next = await it.next();
    if (next.done) {
      complete = true;
      break;
    }
    chunks.push(next.value);
    size += next.value.length;
  }
  const head = Buffer.concat(chunks);
  return {
    head: head.subarray(0, n),
    complete,
    rest(verifyText) {
      const check = verifyText ? new TextCheck() : null;
      return Readable.from(
        (async function* () {
          if (check && !check.push(head)) throw new NotTextError();
          yield head;
          if (complete) return;
          for (;;) {
            const next = await it.next();
            if (next.done) break;
            if (check && !check.push(next.value)) throw new NotTextError();
            yield next.value;
          }
          if (check && !check.end()) throw new NotTextError();
        })(),
        { objectMode: false },
      );
    },
    abandon() {
      void it.return?.();
    },
  };
}

/** What a file is called on our side: the last path segment, no control or bidi-override characters, ≤ 200 chars. */
export function cleanFileName(raw: string | undefined): string {
  let name = (raw ?? "").normalize("NFC");
  name = name.split(/[/\\]/).pop() ?? "";
  // Bidi overrides would let "gpj.exe" display as "exe.jpg".
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  name = name.replace(/[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "").trim();
  if (name === "" || name === "." || name === "..") return "file";
  const chars = [...name];
  if (chars.length <= 200) return name;
  const ext = extensionOf(name);
  const tail = ext ? `.${ext}` : "";
  return chars.slice(0, 200 - tail.length).join("") + tail;
}

/** `Content-Disposition` with an ASCII fallback and the exact name as RFC 5987 `filename*`. */
export function contentDisposition(kind: "inline" | "attachment", fileName: string): string {
  let fallback = fileName
    .normalize("NFKD")
    .replace(/[^\x20-\x7e]/g, "")
    .replace(/["\\%;]/g, "_")
    .trim();
  // Nothing left of the name but its extension (e.g. "日本.png"): say "file.png".
  if (fallback.replace(/\.[A-Za-z0-9]{1,16}$/, "").trim() === "") {
    const ext = extensionOf(fileName);
    fallback = ext ? `file.${ext}` : "file";
  }
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/**
 * One `Range: bytes=…` against a file of `size` bytes: the inclusive range, "unsatisfiable" (416), or null to
 * serve the whole file (no header, another unit, several ranges or a malformed one — RFC 9110 lets a server ignore
 * those).
 */
export function parseRange(header: string | undefined, size: number): ByteRange | "unsatisfiable" | null {
  if (!header) return null;
  const m = /^bytes=[ \t]*(\d*)[ \t]*-[ \t]*(\d*)[ \t]*$/i.exec(header.trim());
  if (!m) return null;
  const [, a = "", b = ""] = m;
  if (a === "" && b === "") return null;
  if (a === "") {
    const suffix = Number(b);
    if (suffix === 0 || size === 0) return "unsatisfiable";
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(a);
  if (b !== "" && Number(b) < start) return null;
  if (start >= size) return "unsatisfiable";
  return { start, end: b === "" ? size - 1 : Math.min(Number(b), size - 1) };
}

type ErrorCode =
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "BAD_REQUEST"
  | "FILE_TOO_LARGE"
  | "QUOTA_EXCEEDED"
  | "UNSUPPORTED_FILE_TYPE"
  | "RANGE_NOT_SATISFIABLE";

/** The error body of every file route: `{ error: { code, message, … } }`, like the server's other refusals. */
function fail(reply: FastifyReply, status: number, code: ErrorCode, message: string, extra: object = {}) {
  return reply
    .code(status)
    .type("application/json; charset=utf-8")
    .send(JSON.stringify({ error: { code, message, ...extra } }));
}

/** The upload's record. */
const uploadQuery = z.object({ entityKind: attachmentEntity, entityId: z.uuid("Unknown record.") });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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

async function usedBytes(tx: TenantTx, tenantId: string): Promise<number> {
  const [row] = await tx
    .select({ used: sql<string>`coalesce(sum(${schema.attachment.sizeBytes}), 0)` })
    .from(schema.attachment)
    .where(eq(schema.attachment.tenantId, tenantId));
  return Number(row?.used ?? 0);
}

type AttachmentRow = typeof schema.attachment.$inferSelect;

/** The URL prefix of a tenant's attachment routes. */
export const attachmentsPath = (tenantSlug: string) => `/api/t/${encodeURIComponent(tenantSlug)}/attachments`;

/** The upload's 201 body. */
export function attachmentJson(row: AttachmentRow, tenantSlug: string) {
  const base = `${attachmentsPath(tenantSlug)}/${row.id}`;
  return {
    id: row.id,
    entityKind: row.entityKind,
    entityId: row.entityId,
    fileName: row.fileName,
    contentType: row.contentType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    createdAt: row.createdAt.toISOString(),
    uploadedBy: row.uploadedBy,
    hasThumbnail: row.thumbnailKey !== null,
    downloadUrl: base,
    inlineUrl: isInlineType(row.contentType) ? `${base}?inline=1` : null,
    thumbnailUrl: row.thumbnailKey ? `${base}/thumbnail` : null,
  };
}

class QuotaExceededError extends Error {}
class RecordGoneError extends Error {}

export async function registerFileRoutes(app: FastifyInstance, opts: FileRouteOptions): Promise<void> {
  const { db, now, store, limits } = opts;

  /** The caller's access to the URL's tenant, or a 401/403/404 already sent. */
  async function access(req: FastifyRequest, reply: FastifyReply, slug: string): Promise<TenantAccess | null> {
    if (!req.session) {
      fail(reply, 401, "UNAUTHORIZED", "Please sign in.");
      return null;
    }
    try {
      return await resolveTenantAccess(db, slug, req.session.accountId, "member");
    } catch (err) {
      if (err instanceof NotFoundError) fail(reply, 404, "NOT_FOUND", err.message);
      else if (err instanceof ForbiddenError) fail(reply, 403, "FORBIDDEN", err.message);
      else throw err;
      return null;
    }
  }

  /** The tenant's attachment `id`, or null (unknown, malformed or another tenant's: all the same 404). */
  async function findAttachment(tenantId: string, id: string): Promise<AttachmentRow | null> {
    if (!UUID.test(id)) return null;
    const [row] = await withTenant(db, tenantId, (tx) =>
      tx
        .select()
        .from(schema.attachment)
        .where(and(eq(schema.attachment.tenantId, tenantId), eq(schema.attachment.id, id))),
    );
    return row ?? null;
  }

  async function deleteQuietly(req: FastifyRequest, ...keys: (string | null)[]) {
    for (const key of keys) {
      if (!key) continue;
      try {
        await store.delete(key);
      } catch (err) {
        req.log.error({ err, key }, "could not delete the blob of a failed upload");
      }
    }
  }

  /** A 320px WebP of the stored image, or null: a thumbnail is a nicety, never a reason to fail the upload. */
  async function makeThumbnail(req: FastifyRequest, key: string, size: number): Promise<string | null> {
    if (size > THUMBNAIL_MAX_INPUT_BYTES) return null;
    const thumbKey = `${key}.thumb.webp`;
    try {
      const input = await store.get(key);
      const resizer = sharp({ failOn: "error" })
        .rotate() // apply EXIF orientation; the WebP output carries no metadata (no GPS position)
        .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: "inside", withoutEnlargement: true })
        .webp({ quality: 75 });
      input.on("error", (err) => resizer.destroy(err));
      resizer.on("error", () => input.destroy());
      const webp = await input.pipe(resizer).toBuffer();
      await store.put(thumbKey, Readable.from([webp]), { maxBytes: webp.length });
      return thumbKey;
    } catch (err) {
      req.log.info({ err, key }, "no thumbnail for this image");
      return null;
    }
  }

  await app.register(async (files) => {
    // Multipart parsing only for these routes; its size limits are set per request below.
    await files.register(fastifyMultipart, { throwFileSizeLimit: false });

    files.post<{ Params: { tenant: string } }>("/api/t/:tenant/attachments", async (req, reply) => {
      // A refusal may go out before the body is read: close the connection rather than keep reading the upload.
      // (Removed again on success, when the body has been read to the end.)
      reply.header("connection", "close");
      const who = await access(req, reply, req.params.tenant);
      if (!who) return reply;

      const query = uploadQuery.safeParse(req.query);
      if (!query.success) {
        const fieldErrors: Record<string, string[]> = {};
        for (const issue of query.error.issues) {
          const k = issue.path.join(".") || "_";
          fieldErrors[k] = [...(fieldErrors[k] ?? []), issue.message];
        }
        return fail(reply, 400, "BAD_REQUEST", "Say which record the file belongs to.", { fieldErrors });
      }
      const { entityKind, entityId } = query.data;
      const tenantId = who.tenant.id;
      const { exists, used } = await withTenant(db, tenantId, async (tx) => ({
        exists: await recordExists(tx, tenantId, entityKind, entityId),
        used: await usedBytes(tx, tenantId),
      }));
      if (!exists) return fail(reply, 404, "NOT_FOUND", "No such record.");
      const quotaError = () =>
        fail(
          reply,
          413,
          "QUOTA_EXCEEDED",
          `This CRM database has reached its storage limit of ${formatBytes(limits.maxTenantBytes)}.`,
          { limitBytes: limits.maxTenantBytes, usedBytes: used },
        );
      const remaining = limits.maxTenantBytes - used;
      if (remaining <= 0) return quotaError();
      // Whichever limit is nearer stops the stream; which one it was decides the message.
      const maxBytes = Math.min(limits.maxFileBytes, remaining);
      const fileLimitBinds = limits.maxFileBytes <= remaining;

      if (!req.isMultipart()) return fail(reply, 400, "BAD_REQUEST", "Send the file as multipart/form-data.");
      let part: Awaited<ReturnType<FastifyRequest["file"]>>;
      try {
        // busboy may pass one byte over the limit so that the store, which counts, is the one that refuses.
        part = await req.file({ limits: { fileSize: maxBytes + 1, files: 1, fields: 10, parts: 20 } });
      } catch (err) {
        req.log.info({ err }, "unreadable upload");
        return fail(reply, 400, "BAD_REQUEST", "The upload could not be read.");
      }
      if (!part) return fail(reply, 400, "BAD_REQUEST", "Attach a file.");
      const fileName = cleanFileName(part.filename);

      let sniffed: Sniffed;
      let peeked: Awaited<ReturnType<typeof peek>>;
      try {
        peeked = await peek(part.file, SNIFF_BYTES);
        sniffed = await sniffContentType(peeked.head, fileName, peeked.complete);
      } catch (err) {
        req.log.info({ err }, "upload interrupted");
        return fail(reply, 400, "BAD_REQUEST", "The upload was interrupted.");
      }
      if (!isAllowedType(sniffed.contentType)) {
        peeked.abandon();
        return fail(reply, 415, "UNSUPPORTED_FILE_TYPE", "This kind of file cannot be attached.", {
          contentType: sniffed.contentType,
        });
      }

      const id = uuidv7();
      const key = `t/${tenantId}/${id}`;
      let stored: Awaited<ReturnType<BlobStore["put"]>>;
      try {
        stored = await store.put(key, peeked.rest(sniffed.verifyText), { maxBytes });
      } catch (err) {
        if (err instanceof BlobTooLargeError) {
          if (!fileLimitBinds) return quotaError();
          return fail(
            reply,
            413,
            "FILE_TOO_LARGE",
            `The file is larger than the limit of ${formatBytes(limits.maxFileBytes)}.`,
            { limitBytes: limits.maxFileBytes },
          );
        }
        if (err instanceof NotTextError) {
          return fail(reply, 415, "UNSUPPORTED_FILE_TYPE", "This kind of file cannot be attached.", {
            contentType: "application/octet-stream",
          });
        }
        // The client went away or sent a broken body: the store has kept nothing.
        req.log.info({ err }, "upload interrupted");
        return fail(reply, 400, "BAD_REQUEST", "The upload was interrupted.");
      }

      const thumbnailKey = THUMBNAIL_TYPES.has(sniffed.contentType) ? await makeThumbnail(req, key, stored.size) : null;

      let row: AttachmentRow;
      try {
        row = await withTenant(db, tenantId, async (tx) => {
          // Concurrent uploads each passed the quota check above: serialise the final check per tenant (with
          // deletions of records too, which take the same lock before deleting the records' files).
          await lockTenantAttachments(tx, tenantId);
          if ((await usedBytes(tx, tenantId)) + stored.size > limits.maxTenantBytes) throw new QuotaExceededError();
          // The record may have been deleted while the bytes were arriving: no file on a record that is gone.
          if (!(await recordExists(tx, tenantId, entityKind, entityId))) throw new RecordGoneError();
          const [inserted] = await tx
            .insert(schema.attachment)
            .values({
              tenantId,
              id,
              entityKind,
              entityId,
              fileName,
              contentType: sniffed.contentType,
              sizeBytes: stored.size,
              sha256: stored.sha256,
              blobKey: key,
              thumbnailKey,
              uploadedBy: req.session?.accountId ?? null,
              createdAt: now(),
            })
            .returning();
          return inserted!;
        });
      } catch (err) {
        // No row, so no bytes either.
        await deleteQuietly(req, key, thumbnailKey);
        if (err instanceof QuotaExceededError) return quotaError();
        if (err instanceof RecordGoneError) return fail(reply, 404, "NOT_FOUND", "No such record.");
        throw err;
      }
      reply.removeHeader("connection");
      return reply.code(201).send(attachmentJson(row, who.tenant.slug));
    });

    /** Common headers of both downloads. */
    function fileHeaders(reply: FastifyReply, etag: string) {
      reply
        .header("etag", etag)
        .header("x-content-type-options", "nosniff")
        // Per-user content: no shared cache may keep it; browsers revalidate (ETag) so revoked access takes effect.
        .header("cache-control", "private, no-cache");
    }

    const notModified = (req: FastifyRequest, etag: string) =>
      (req.headers["if-none-match"] ?? "")
        .split(",")
        .map((t) => t.trim().replace(/^W\//, ""))
        .some((t) => t === etag || t === "*");

    files.get<{ Params: { tenant: string; id: string }; Querystring: { inline?: string } }>(
      "/api/t/:tenant/attachments/:id",
      async (req, reply) => {
        const who = await access(req, reply, req.params.tenant);
        if (!who) return reply;
        const row = await findAttachment(who.tenant.id, req.params.id);
        if (!row) return fail(reply, 404, "NOT_FOUND", "No such file.");

        const etag = `"${row.sha256}"`;
        const size = row.sizeBytes;
        fileHeaders(reply, etag);
        reply.header("accept-ranges", "bytes");
        if (notModified(req, etag)) return reply.code(304).send();

        // If-Range: only resume a download of these very bytes.
        const ifRange = req.headers["if-range"];
        const range = ifRange && ifRange !== etag ? null : parseRange(req.headers.range, size);
        if (range === "unsatisfiable") {
          reply.header("content-range", `bytes */${size}`);
          return fail(reply, 416, "RANGE_NOT_SATISFIABLE", "The requested range is outside the file.");
        }
        let body: Readable;
        try {
          body = await store.get(row.blobKey, range ?? undefined);
        } catch (err) {
          if (!(err instanceof BlobNotFoundError)) throw err;
          req.log.error({ key: row.blobKey, attachmentId: row.id }, "attachment row without its blob");
          return fail(reply, 404, "NOT_FOUND", "No such file.");
        }
        const text = row.contentType.startsWith("text/");
        reply.header("content-type", text ? `${row.contentType}; charset=utf-8` : row.contentType);
        const inline = req.query.inline === "1" && isInlineType(row.contentType);
        reply.header("content-disposition", contentDisposition(inline ? "inline" : "attachment", row.fileName));
        if (range) {
          reply
            .code(206)
            .header("content-range", `bytes ${range.start}-${range.end}/${size}`)
            .header("content-length", range.end - range.start + 1);
        } else {
          reply.header("content-length", size);
        }
        return reply.send(body);
      },
    );

    files.get<{ Params: { tenant: string; id: string } }>(
      "/api/t/:tenant/attachments/:id/thumbnail",
      async (req, reply) => {
        const who = await access(req, reply, req.params.tenant);
        if (!who) return reply;
        const row = await findAttachment(who.tenant.id, req.params.id);
        if (!row?.thumbnailKey) return fail(reply, 404, "NOT_FOUND", "No thumbnail for this file.");
        const etag = `"${row.sha256}-thumb${THUMBNAIL_SIZE}"`;
        fileHeaders(reply, etag);
        if (notModified(req, etag)) return reply.code(304).send();
        let body: Readable;
        try {
          body = await store.get(row.thumbnailKey);
        } catch (err) {
          if (!(err instanceof BlobNotFoundError)) throw err;
          return fail(reply, 404, "NOT_FOUND", "No thumbnail for this file.");
        }
        return reply
          .header("content-type", "image/webp")
          .header("content-disposition", contentDisposition("inline", `${row.fileName}.webp`))
          .send(body);
      },
    );
  });
}
