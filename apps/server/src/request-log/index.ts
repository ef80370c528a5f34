// P5: one row per page and API request (IP, time, browser and version, OS, device type, referrer, path, country,
// language), written in batches after the response has gone out, so logging never slows a visitor down.
import type { Db, schema } from "@abante/db";
import { localeCookieName, localeFromPathname, negotiateLocale } from "@abante/i18n";
import Bowser from "bowser";
import { sql } from "drizzle-orm";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { normalizeIp } from "../geo";

export type RequestLogRow = Omit<typeof schema.requestLog.$inferInsert, "id">;

interface Logger {
  error(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
}

/** Health checks and static files are not requests anyone reads about; everything else is logged. */
const SKIPPED_PREFIXES = ["/_astro/", "/app/assets/"];
const STATIC_FILE = /\.(?:css|js|mjs|map|png|jpe?g|gif|webp|avif|svg|ico|woff2?|ttf|otf|webmanifest)$/i;
/** Command-line and library HTTP clients, which Bowser does not name. */
const HTTP_CLIENT =
  /^(curl|wget|python-requests|python-urllib|python-httpx|go-http-client|okhttp|axios|node-fetch|undici|httpie|postmanruntime|insomnia)\/([\w.]+)/i;
const MAX_UA = 512;
const MAX_PATH = 2048;
const MAX_REFERRER = 512;

const clip = (v: string | undefined | null, max: number) => (v ? v.slice(0, max) : null);

/** `/a/b?x=1` → `/a/b`: query strings carry tokens and search terms, never logged. */
export function pathOf(url: string): string {
  const end = url.search(/[?#]/);
  return (end === -1 ? url : url.slice(0, end)).slice(0, MAX_PATH) || "/";
}

export const isApi = (path: string) => path === "/trpc" || path.startsWith("/trpc/") || path.startsWith("/api/");

export function isLogged(path: string): boolean {
  if (path === "/healthz") return false;
  if (SKIPPED_PREFIXES.some((p) => path.startsWith(p))) return false;
  return !STATIC_FILE.test(path);
}

/** Origin and path of the referring page; its query and fragment are dropped. Null for anything but http(s). */
export function cleanReferrer(value: string | string[] | undefined): string | null {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw) return null;
  try {
    const url = new URL(raw);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    return clip(`${url.origin}${url.pathname}`, MAX_REFERRER);
  } catch {
    return null;
  }
}

export interface ClientFacts {
  browser: string | null;
  browserVersion: string | null;
  os: string | null;
  deviceType: string | null;
}

/** Recently seen user agents: a browser sends the same one with every request, and parsing it is the costly part. */
const clientCache = new Map<string, ClientFacts>();
const CLIENT_CACHE_SIZE = 1000;

/** Browser, version, OS and device type from a user agent (Bowser, MIT). The raw string itself is not kept. */
export function describeClient(userAgent: string | undefined): ClientFacts {
  const ua = userAgent?.trim().slice(0, MAX_UA);
  if (!ua) return { browser: null, browserVersion: null, os: null, deviceType: null };
  const cached = clientCache.get(ua);
  if (cached) return { ...cached };
  const facts = parseClient(ua);
  if (clientCache.size >= CLIENT_CACHE_SIZE) clientCache.clear();
  clientCache.set(ua, facts);
  return { ...facts };
}

function parseClient(ua: string): ClientFacts {
  const client = HTTP_CLIENT.exec(ua);
  if (client) return { browser: client[1]!, browserVersion: clip(client[2], 32), os: null, deviceType: "bot" };
  try {
    const parsed = Bowser.parse(ua);
    const os = parsed.os;
    let osName: string | null = os.name ?? null;
    // macOS versions are frozen at 10.15.7 in user agents: a version would be wrong.
    if (osName === "Windows" && os.versionName) osName = `Windows ${os.versionName}`;
    else if (osName && osName !== "macOS" && os.version) osName = `${osName} ${os.version.split(".")[0]}`;
    return {
      browser: clip(parsed.browser.name, 64),
      browserVersion: clip(parsed.browser.version, 32),
      os: clip(osName, 64),
      deviceType: parsed.platform.type ?? null,
    };
  } catch {
    return { browser: null, browserVersion: null, os: null, deviceType: null };
  }
}

/** The log row of a finished request, or null when the request is not logged. */
export function describeRequest(req: FastifyRequest, reply: FastifyReply, at: Date): RequestLogRow | null {
  const path = pathOf(req.url);
  if (!isLogged(path)) return null;
  const headers = req.headers;
  const country = (req as { country?: string | null }).country ?? null;
  const cookies = (req as { cookies?: Record<string, string | undefined> }).cookies;
  return {
    at,
    kind: isApi(path) ? "api" : "page",
    method: req.method,
    path,
    status: reply.raw.statusCode,
    ip: normalizeIp(req.ip) ?? req.ip ?? "",
    ...describeClient(headers["user-agent"]),
    referrer: cleanReferrer(headers.referer),
    country,
    language: negotiateLocale({
      cookie: cookies?.[localeCookieName],
      urlLocale: localeFromPathname(path),
      acceptLanguage: headers["accept-language"],
      country,
    }),
  };
}

/**
 * One insert of many log rows, sent as a single JSON parameter that Postgres unpacks (json_to_recordset). The query
 * builder would bind every value of every row as a parameter of its own, which on a busy server costs milliseconds
 * of CPU per flush; this costs one JSON.stringify.
 */
export async function insertRequestLog(db: Db, rows: readonly RequestLogRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db.execute(sql`
    insert into request_log (at, kind, method, path, status, ip, browser, browser_version, os, device_type, referrer,
                             country, language)
    select at, kind, method, path, status, ip, browser, "browserVersion", os, "deviceType", referrer, country, language
    from json_to_recordset(${JSON.stringify(rows)}::json) as r(
      at timestamptz, kind text, method text, path text, status integer, ip text, browser text, "browserVersion" text,
      os text, "deviceType" text, referrer text, country text, language text)`);
}

export interface RequestLogWriterOptions {
  db: Db;
  log?: Logger;
  /** Flush at least this often (default 1 s). */
  flushIntervalMs?: number;
  /** Rows per insert; a full batch is written at once (default 500). */
  maxBatch?: number;
  /** Rows held while the database lags; beyond this new rows are dropped (default 20 000), so memory stays bounded. */
  maxBuffered?: number;
  /** How long close() waits for the last rows (default 5 s). */
  closeTimeoutMs?: number;
  /** Replaces the insert (tests). */
  insert?: (rows: RequestLogRow[]) => Promise<void>;
}

export interface RequestLogWriter {
  push(row: RequestLogRow): void;
  /** Writes everything buffered so far. Never rejects. */
  flush(): Promise<void>;
  /** Stops the timer and writes what is left (bounded by closeTimeoutMs). */
  close(): Promise<void>;
  /** Rows waiting to be written. */
  readonly pending: number;
}

/**
 * Buffers log rows in memory and inserts them in batches, one insert at a time, off the request path. A failed
 * insert drops its batch with one error log: the log is best-effort and must never crash or stall the server.
 */
export function createRequestLogWriter(opts: RequestLogWriterOptions): RequestLogWriter {
  const maxBatch = opts.maxBatch ?? 500;
  const maxBuffered = opts.maxBuffered ?? 20_000;
  const log = opts.log;
  const insert = opts.insert ?? ((rows: RequestLogRow[]) => insertRequestLog(opts.db, rows));
  let buffer: RequestLogRow[] = [];
  let running: Promise<void> | null = null;
  let overflow = 0;
  let closed = false;

  const drain = async () => {
    while (buffer.length > 0) {
      const batch = buffer.slice(0, maxBatch);
      buffer = buffer.slice(batch.length);
      try {
        await insert(batch);
      } catch (err) {
        log?.error({ err, dropped: batch.length }, "request log: insert failed, batch dropped");
      }
    }
    if (overflow > 0) {
      log?.warn({ dropped: overflow }, "request log: buffer full, rows dropped");
      overflow = 0;
    }
  };

  const kick = (): Promise<void> => {
    running ??= drain().finally(() => {
      running = null;
    });
    return running;
  };

  const timer = setInterval(() => void kick(), opts.flushIntervalMs ?? 1000);
  timer.unref();

  return {
    push(row) {
      if (closed) return;
      if (buffer.length >= maxBuffered) {
        overflow++;
        return;
      }
      buffer.push(row);
      if (buffer.length >= maxBatch) void kick();
    },
    async flush() {
      // A drain already running may have started before the newest rows: run again once it is done.
      await kick();
      if (buffer.length > 0) await kick();
    },
    async close() {
      if (closed) return;
      closed = true;
      clearInterval(timer);
      let timeout: NodeJS.Timeout | undefined;
      const gaveUp = new Promise<"timeout">((resolve) => {
        timeout = setTimeout(() => resolve("timeout"), opts.closeTimeoutMs ?? 5000);
        timeout.unref();
      });
      const outcome = await Promise.race([this.flush().then(() => "done" as const), gaveUp]);
      clearTimeout(timeout);
      if (outcome === "timeout") log?.error({ dropped: buffer.length }, "request log: database too slow on close");
    },
    get pending() {
      return buffer.length;
    },
  };
}

export interface RegisterRequestLogOptions {
  db: Db;
  now?: () => Date;
  /** Requests not to log: the server's own calls to itself (the site's on-demand pages reading the API). */
  skip?: (req: FastifyRequest) => boolean;
  /** Writer tuning and test seams. */
  writer?: Omit<RequestLogWriterOptions, "db" | "log">;
}

/**
 * Logs every page and API request once its response has been sent (onResponse), and writes what is buffered when
 * the server closes. Register it after the geolocation hook so rows carry the country.
 */
export function registerRequestLog(app: FastifyInstance, opts: RegisterRequestLogOptions): RequestLogWriter {
  const now = opts.now ?? (() => new Date());
  const writer = createRequestLogWriter({ ...opts.writer, db: opts.db, log: app.log });
  app.addHook("onResponse", (req, reply, done) => {
    try {
      const row = opts.skip?.(req) ? null : describeRequest(req, reply, now());
      if (row) writer.push(row);
    } catch (err) {
      req.log.warn({ err }, "request log: could not describe request");
    }
    done();
  });
  app.addHook("onClose", async () => {
    await writer.close();
  });
  return writer;
}
