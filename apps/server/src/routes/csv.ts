import { ForbiddenError, NotFoundError, resolveTenantAccess, type TenantAccess } from "@abante/api";
import { tenantSlug } from "@abante/validators";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { csvStream, exportKinds } from "../csv/export";
import {
  ImportFailedError,
  ImportFileError,
  type ImportOptions,
  importCompanies,
  importContacts,
  MAX_IMPORT_BYTES,
} from "../csv/import";
import type { ImportReport } from "../csv/report";
import type { RouteOptions } from "./context";

/**
 * CSV import and export routes (F3; P8/P19: the customer's data goes in and out in a form any tool reads).
 *
 *   GET  /api/t/:tenant/export/contacts.csv     GET  /api/t/:tenant/export/companies.csv
 *   POST /api/t/:tenant/import/contacts         POST /api/t/:tenant/import/companies
 *
 * Any member of the tenant may use them. An import sends the file itself as the request body (`fetch(url,
 * { method: "POST", body: file, headers: { "content-type": "text/csv" } })`), not a multipart form: one file, no
 * form fields, so the raw body is the simpler contract and streams straight into the parser. Answers: 200 with
 * an ImportReport; 400/413/415 with `{ error: { message, code }, report }` when the file as a whole cannot be
 * read (report: rows written before the problem, or null).
 */

/** Content types a CSV upload may carry (browsers label .csv files inconsistently; Windows says "ms-excel"). */
const CSV_TYPES = new Set([
  "text/csv",
  "application/csv",
  "text/comma-separated-values",
  "text/x-csv",
  "text/x-comma-separated-values",
  "text/tab-separated-values",
  "text/plain",
  "application/vnd.ms-excel",
  "application/octet-stream",
]);

const CODES = {
  400: "BAD_REQUEST",
  401: "UNAUTHORIZED",
  403: "FORBIDDEN",
  404: "NOT_FOUND",
  413: "PAYLOAD_TOO_LARGE",
  415: "UNSUPPORTED_MEDIA_TYPE",
  500: "INTERNAL_SERVER_ERROR",
} as const;

function fail(reply: FastifyReply, status: keyof typeof CODES, message: string, report?: ImportReport | null) {
  return reply
    .code(status)
    .send({ error: { message, code: CODES[status] }, ...(report === undefined ? {} : { report }) });
}

function isStream(body: unknown): body is AsyncIterable<Uint8Array> {
  return typeof (body as AsyncIterable<Uint8Array> | undefined)?.[Symbol.asyncIterator] === "function";
}

export async function registerCsvRoutes(app: FastifyInstance, { db, now }: RouteOptions): Promise<void> {
  /** The caller's access to the tenant of the URL, or undefined once an error has been sent. */
  async function access(req: FastifyRequest, reply: FastifyReply): Promise<TenantAccess | undefined> {
    if (!req.session) {
      await fail(reply, 401, "Please sign in.");
      return undefined;
    }
    const slug = tenantSlug.safeParse((req.params as { tenant?: string }).tenant);
    try {
      if (!slug.success) throw new NotFoundError("No such CRM database.");
      return await resolveTenantAccess(db, slug.data, req.session.accountId, "member");
    } catch (err) {
      if (err instanceof NotFoundError) await fail(reply, 404, err.message);
      else if (err instanceof ForbiddenError) await fail(reply, 403, err.message);
      else throw err;
      return undefined;
    }
  }

  await app.register(async (scope) => {
    // Imports read the request body themselves, as it arrives: no parser may buffer it first (and Fastify's 1 MiB
    // body limit does not apply; the import enforces its own 50 MiB).
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser("*", (_req, payload, done) => done(null, payload));

    for (const [kind, { columns, rows }] of Object.entries(exportKinds)) {
      // No HEAD twin: it would read the whole table to send nothing.
      scope.get(`/api/t/:tenant/export/${kind}.csv`, { exposeHeadRoute: false }, async (req, reply) => {
        const granted = await access(req, reply);
        if (!granted) return reply;
        const date = now().toISOString().slice(0, 10);
        req.log.info({ tenantId: granted.tenant.id, kind }, "csv export");
        return reply
          .header("content-type", "text/csv; charset=utf-8")
          .header("content-disposition", `attachment; filename="${kind}-${granted.tenant.slug}-${date}.csv"`)
          .header("cache-control", "no-store")
          .send(csvStream(columns, rows(db, granted.tenant.id)));
      });
    }

    const imports: Record<string, (opts: ImportOptions) => Promise<ImportReport>> = {
      contacts: importContacts,
      companies: importCompanies,
    };
    for (const [kind, run] of Object.entries(imports)) {
      scope.post(`/api/t/:tenant/import/${kind}`, async (req, reply) => {
        // An early answer leaves the upload unread: close the connection rather than drain megabytes.
        reply.header("connection", "close");
        const granted = await access(req, reply);
        if (!granted) return reply;
        const contentType = req.headers["content-type"] ?? "";
        const mediaType = contentType.split(";")[0]!.trim().toLowerCase();
        if (!CSV_TYPES.has(mediaType)) {
          return fail(
            reply,
            415,
            'Send the CSV file itself as the request body, with "Content-Type: text/csv" (not a form upload).',
          );
        }
        const length = Number(req.headers["content-length"]);
        if (length > MAX_IMPORT_BYTES) return fail(reply, 413, "The file is larger than 50 MiB.");
        if (!isStream(req.body)) return fail(reply, 400, "The file is empty.");
        const charset = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType)?.[1];
        try {
          const report = await run({ db, tenantId: granted.tenant.id, source: req.body, charset, now });
          req.log.info(
            {
              tenantId: granted.tenant.id,
              kind,
              imported: report.imported,
              duplicates: report.duplicates,
              rejected: report.rejected,
            },
            "csv import",
          );
          reply.removeHeader("connection");
          return reply.send(report);
        } catch (err) {
          if (err instanceof ImportFileError) return fail(reply, err.status, err.message, err.report);
          if (err instanceof ImportFailedError) {
            // Logged without the cause's text: a failed insert lists the batch's personal data.
            req.log.error({ tenantId: granted.tenant.id, kind, sqlState: err.code }, "csv import failed");
            const written = err.report ? ` ${err.report.imported} rows were imported before it stopped.` : "";
            return fail(reply, 500, `${err.message}${written} Please try again.`, err.report);
          }
          throw err;
        }
      });
    }
  });
}
