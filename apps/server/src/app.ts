import { createHash, randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import { existsSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import {
  type AppInfo,
  type AppRouter,
  appRouter,
  type BotCheck,
  createContext,
  createPow,
  createRecaptchaCheck,
  MARKETING_PROCEDURE_LIMITS,
  processPow,
  type SessionInfo,
} from "@abante/api";
import {
  blankSessionCookie,
  checkSameOrigin,
  SECURE_SESSION_COOKIE,
  SESSION_COOKIE,
  sessionCookie,
  validateSession,
} from "@abante/auth";
import {
  type BlobStore,
  createDiskBlobStore,
  DEFAULT_MAX_FILE_BYTES,
  DEFAULT_MAX_TENANT_BYTES,
  type UploadLimits,
} from "@abante/blob";
import { type Db, dataDir, ping, repoRoot } from "@abante/db";
import { negotiateLocale } from "@abante/i18n";
import type { Mailer } from "@abante/mail";
import fastifyCookie from "@fastify/cookie";
import fastifyRateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
  type FastifyServerOptions,
} from "fastify";
import helmet from "helmet";
import { trustProxySetting } from "./env";
import { registerGeo } from "./geo";
import { registerRequestLog } from "./request-log";
import { registerAltchaRoutes } from "./routes/altcha";
import { type AnalyticsSettings, analyticsCsp, registerAnalyticsRoutes } from "./routes/analytics";
import { compressRawResponse } from "./routes/compress";
import { registerCrmApp } from "./routes/crm-app";
import { registerCsvRoutes } from "./routes/csv";
import { registerFileRoutes } from "./routes/files";
import { registerTrpc, type TrpcHttpOptions } from "./trpc-http";

export const MAX_BATCH_SIZE = 16;
export const CONSENT_COOKIE = "abante_consent";

declare module "fastify" {
  interface FastifyRequest {
    /** The signed-in account of this request, from the session cookie; null when signed out. */
    session: SessionInfo | null;
    /** This server calling itself (the site's on-demand pages reading the API): not logged, not rate limited. */
    internal: boolean;
  }
}

/**
 * The site's on-demand pages run in this process and read the API over loopback (API_URL). Those calls are the
 * server talking to itself: they would share the per-IP limits of 127.0.0.1 and appear in the request log (P5) as
 * requests of their own next to the visitor's page view. They carry this header with a random per-process secret;
 * a missing or wrong secret makes an ordinary request.
 */
export const INTERNAL_REQUEST_HEADER = "x-abante-internal";
/** Where the secret is published for the site's code in this process (apps/marketing/src/lib/api.ts reads it). */
export const INTERNAL_SECRET_KEY = Symbol.for("abante.internal-request-secret");

let internalSecret: { value: string; digest: Buffer } | undefined;
const sha256 = (value: string) => createHash("sha256").update(value).digest();

/** The per-process secret of internal requests: made on first use and published under INTERNAL_SECRET_KEY. */
export function internalRequestSecret(): string {
  if (!internalSecret) {
    const value = randomBytes(32).toString("base64url");
    internalSecret = { value, digest: sha256(value) };
  }
  (globalThis as Record<symbol, unknown>)[INTERNAL_SECRET_KEY] = internalSecret.value;
  return internalSecret.value;
}

/** Whether a request's header holds this process's secret. Compared as SHA-256 digests, in constant time. */
export function isInternalRequest(header: string | string[] | undefined): boolean {
  if (typeof header !== "string" || header === "" || header.length > 256) return false;
  internalRequestSecret();
  return timingSafeEqual(sha256(header), internalSecret!.digest);
}

type AstroHandler = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;

export interface BuildServerOptions {
  db: Db;
  app: AppInfo;
  /** A pino logger; none means silent. */
  log?: FastifyBaseLogger;
  trustProxy?: string;
  production?: boolean;
  /** Serve the built CRM (/app) and marketing site (/). */
  serveApps?: boolean;
  crmDist?: string;
  marketingDist?: string;
  rateLimitPerMinute?: number;
  now?: () => Date;
  mailer?: Mailer;
  /** Public origin (PUBLIC_URL): links in e-mails, and an accepted Origin for mutations. */
  publicUrl?: string;
  /** Secure, __Host- prefixed session cookie (outside dev). Defaults to `production`. */
  secureCookies?: boolean;
  devMailbox?: boolean;
  /** Trusted CDN country header (GEO_HEADER), else the MaxMind-format database GEOIP_DB (default: DB-IP). */
  geoHeader?: string;
  geoipDb?: string;
  /** Proof-of-work signing key (ALTCHA_HMAC_KEY); without it a per-process key is used (one server only). */
  altchaHmacKey?: string;
  recaptchaSecret?: string;
  recaptchaMinScore?: number;
  /** Record every page and API request (P5). Default on. */
  requestLog?: boolean;
  /**
   * Analytics as configured at run time (ANALYTICS_GA_ID, ANALYTICS_SRC): the site may load it after consent, so
   * the CSP allows its hosts; none configured, none allowed.
   */
  analytics?: AnalyticsSettings;
  /** Where attachment bytes live, for the file routes and the API alike. Default: `<DATA_DIR or .data>/blobs`. */
  blobs?: BlobStore;
  /** FILE_MAX_BYTES / TENANT_MAX_BYTES (env.ts). Default: 100 MiB per file, 5 GiB per tenant. */
  uploadLimits?: Partial<UploadLimits>;
  /** How tRPC requests are answered (trpc-http.ts): tests and benches only. */
  trpc?: Pick<TrpcHttpOptions<AppRouter>, "libraryOnly" | "trace">;
  /** TRIAL_DAYS (env.ts): the free trial of a new CRM database. Default: the registry's 15 days. */
  trialDays?: number;
}

/**
 * Per-IP limits on the procedures attackers like (sign-in, sign-up, reset, verification), on top of the global
 * limit. Every occurrence in a batch counts.
 */
export const PROCEDURE_LIMITS: Record<string, { max: number; timeWindow: number }> = {
  "auth.signIn": { max: 20, timeWindow: 60_000 },
  "auth.signUp": { max: 10, timeWindow: 10 * 60_000 },
  "auth.requestPasswordReset": { max: 5, timeWindow: 15 * 60_000 },
  "auth.resetPassword": { max: 10, timeWindow: 15 * 60_000 },
  "auth.resendVerification": { max: 5, timeWindow: 15 * 60_000 },
  "auth.verifyEmail": { max: 20, timeWindow: 15 * 60_000 },
  "account.changePassword": { max: 10, timeWindow: 15 * 60_000 },
  "account.changeEmail": { max: 10, timeWindow: 15 * 60_000 },
  ...MARKETING_PROCEDURE_LIMITS,
};

/** Procedure names of a tRPC URL: `/trpc/a.b,c.d?batch=1` → ["a.b", "c.d"]. */
export function procedureNames(url: string): string[] {
  const path = url.split("?")[0] ?? "";
  if (!path.startsWith("/trpc/")) return [];
  return decodeURIComponent(path.slice("/trpc/".length)).split(",").filter(Boolean);
}

export async function buildServer(opts: BuildServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    ...(opts.log ? { loggerInstance: opts.log } : { logger: false }),
    trustProxy: trustProxySetting(opts.trustProxy ?? "false"),
    genReqId: () => randomUUID(),
    bodyLimit: 1024 * 1024,
    // tRPC batches arrive as one URL: allow long ones, bounded.
    routerOptions: { maxParamLength: 2000 },
    return503OnClosing: true,
  } as FastifyServerOptions);

  // While shutting down, responses still in flight close their connection, so keep-alive clients do not hold the
  // server open after their last request.
  let closing = false;
  app.addHook("preClose", async () => {
    closing = true;
    app.server.closeIdleConnections?.();
  });
  app.addHook("onSend", async (_req, reply) => {
    if (closing) reply.header("connection", "close");
  });

  // Before anything can refuse a request: the request log and the limits ask whether it is the server's own.
  internalRequestSecret();
  app.decorateRequest("internal", false);
  app.addHook("onRequest", async (req) => {
    req.internal = isInternalRequest(req.headers[INTERNAL_REQUEST_HEADER]);
  });
  // First, so that even refused requests are logged with their country.
  registerGeo(app, { header: opts.geoHeader, dbPath: opts.geoipDb });
  if (opts.requestLog !== false) {
    registerRequestLog(app, { db: opts.db, now: opts.now, skip: (req) => req.internal });
  }
  const pow = opts.altchaHmacKey ? createPow({ hmacKey: opts.altchaHmacKey }) : processPow();
  const botCheck: BotCheck = opts.recaptchaSecret
    ? createRecaptchaCheck({ secret: opts.recaptchaSecret, minScore: opts.recaptchaMinScore })
    : pow;

  const analyticsHosts = analyticsCsp(opts.analytics);
  // Security headers on every answer. Helmet's middleware is built once here: @fastify/helmet rebuilds it (and
  // re-parses the CSP) on every request.
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", ...analyticsHosts.scriptSrc],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "blob:", ...analyticsHosts.imgSrc],
        mediaSrc: ["'self'", "blob:"],
        fontSrc: ["'self'"],
        connectSrc: ["'self'", ...analyticsHosts.connectSrc],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(opts.production ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: opts.production ? { maxAge: 31536000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: "strict-origin-when-cross-origin" },
  });
  app.addHook("onRequest", (req, reply, done) =>
    securityHeaders(req.raw, reply.raw, (err?: unknown) => done(err instanceof Error ? err : undefined)),
  );
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    global: true,
    max: opts.rateLimitPerMinute ?? 1200,
    timeWindow: "1 minute",
    // The site's pages reading the API for their visitors are not one client hammering it from 127.0.0.1.
    allowList: (req) => req.internal,
  });

  // Cross-site request forgery: a state-changing request must come from our own pages.
  const publicOrigin = opts.publicUrl ? new URL(opts.publicUrl).origin : undefined;
  app.addHook("onRequest", async (req, reply) => {
    if (req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS") return;
    const allowed = [`${req.protocol}://${req.host}`];
    if (publicOrigin) allowed.push(publicOrigin);
    const verdict = checkSameOrigin(
      {
        method: req.method,
        origin: req.headers.origin,
        secFetchSite: req.headers["sec-fetch-site"] as string | undefined,
      },
      allowed,
    );
    if (!verdict.ok) {
      req.log.warn({ reason: verdict.reason }, "cross-site request refused");
      return reply.code(403).send({ error: { message: "Cross-site request refused.", code: "FORBIDDEN" } });
    }
  });

  const limiters = new Map(
    Object.entries(PROCEDURE_LIMITS).map(([name, limit]) => [
      name,
      app.createRateLimit({ ...limit, keyGenerator: (req) => `${name}|${req.ip}` }),
    ]),
  );
  app.addHook("onRequest", async (req, reply) => {
    if (req.internal) return;
    for (const name of procedureNames(req.url)) {
      const limiter = limiters.get(name);
      if (!limiter) continue;
      const r = await limiter(req);
      // `isAllowed` means "on the allow list" (never limited); the verdict is `isExceeded`.
      if (!r.isAllowed && r.isExceeded) {
        return reply
          .code(429)
          .header("retry-after", Math.ceil(r.ttl / 1000))
          .send({
            error: { message: "Too many requests. Please wait a moment and try again.", code: "TOO_MANY_REQUESTS" },
          });
      }
    }
  });

  const secure = opts.secureCookies ?? opts.production ?? false;
  const cookieName = secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
  const now = opts.now ?? (() => new Date());
  const cookieJar = (reply: FastifyReply) => ({
    set(token: string, expiresAt: Date) {
      const c = sessionCookie(token, expiresAt, secure);
      reply.setCookie(c.name, c.value, c.options);
    },
    clear() {
      const c = blankSessionCookie(secure);
      reply.setCookie(c.name, c.value, c.options);
    },
  });

  // The session of every request (API and file routes alike), from the cookie. A stale cookie is cleared; a live
  // one follows the sliding expiry.
  app.decorateRequest("session", null);
  app.addHook("onRequest", async (req, reply) => {
    const token = req.cookies[cookieName];
    if (!token) return;
    const at = now();
    const found = await validateSession(opts.db, token, at);
    if (!found) {
      cookieJar(reply).clear();
      return;
    }
    req.session = { sessionId: found.session.id, accountId: found.account.id, staffRole: found.account.staffRole };
    // The cookie's expiry follows the session's only when the session was just extended (at most hourly).
    if (found.session.lastSeenAt.getTime() === at.getTime()) cookieJar(reply).set(token, found.session.expiresAt);
  });

  // One store for the file routes (uploads, downloads) and the API (deleting a record deletes its files, P19).
  const blobs = opts.blobs ?? createDiskBlobStore(join(dataDir(), "blobs"));
  const uploadLimits: UploadLimits = {
    maxFileBytes: opts.uploadLimits?.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
    maxTenantBytes: opts.uploadLimits?.maxTenantBytes ?? DEFAULT_MAX_TENANT_BYTES,
  };
  await registerFileRoutes(app, { db: opts.db, now, store: blobs, limits: uploadLimits });
  await registerCsvRoutes(app, { db: opts.db, now });
  await registerAltchaRoutes(app, { pow, now });
  await registerAnalyticsRoutes(app, { analytics: opts.analytics });

  app.get("/healthz", { config: { rateLimit: false } }, async (_req, reply) => {
    try {
      const latency = await ping(opts.db);
      return { status: "ok", database: "up", latencyMs: Math.round(latency * 10) / 10 };
    } catch (err) {
      app.log.error({ err }, "health check: database unreachable");
      return reply.code(503).send({ status: "error", database: "down" });
    }
  });

  await registerTrpc(app, {
    prefix: "/trpc",
    router: appRouter,
    maxBatchSize: MAX_BATCH_SIZE,
    ...opts.trpc,
    createContext: (req, res) => {
      const cookies = cookieJar(res);
      const session = req.session;
      return createContext({
        botCheck,
        blobs,
        uploadLimits,
        trialDays: opts.trialDays,
        consentCookie: {
          get: () => req.cookies[CONSENT_COOKIE] ?? null,
          // Necessary: it only holds the random id that links the visitor to their recorded choice (P31).
          set: (id: string) =>
            res.setCookie(CONSENT_COOKIE, id, {
              path: "/",
              httpOnly: true,
              sameSite: "lax",
              secure,
              maxAge: 365 * 24 * 3600,
            }),
        },
        db: opts.db,
        app: opts.app,
        log: req.log,
        now,
        session,
        cookies,
        mailer: opts.mailer,
        publicOrigin: publicOrigin ?? `${req.protocol}://${req.host}`,
        devMailbox: opts.devMailbox ?? false,
        meta: {
          ip: req.ip,
          requestId: String(req.id),
          userAgent: req.headers["user-agent"] ?? null,
          gpc: req.headers["sec-gpc"] === "1",
          country: req.country,
          locale: negotiateLocale({
            cookie: req.cookies?.abante_lang,
            country: req.country ?? undefined,
            acceptLanguage: req.headers["accept-language"],
          }),
        },
      });
    },
    onError({ error, path, req }) {
      // Procedure failures are logged where they are mapped; here only what fails before a procedure runs.
      if (error.code !== "INTERNAL_SERVER_ERROR") req.log.debug({ path, code: error.code }, "request refused");
    },
  });

  let astro: AstroHandler | undefined;
  if (opts.serveApps) {
    const root = repoRoot();
    const crmDist = opts.crmDist ?? join(root, "apps", "crm", "dist");
    const marketingDist = opts.marketingDist ?? join(root, "apps", "marketing", "dist");
    const immutable = (path: string) => /\/(assets|_astro)\//.test(path);
    const setHeaders = (reply: FastifyReply, path: string) => {
      reply.header("cache-control", immutable(path) ? "public, max-age=31536000, immutable" : "no-cache");
    };
    // /app: the CRM's files and, for its client-side routes, its page; a rebuild is picked up without a restart.
    await registerCrmApp(app, { root: crmDist });

    const client = join(marketingDist, "client");
    const entry = join(marketingDist, "server", "entry.mjs");
    if (!existsSync(entry)) throw new Error(`Marketing build not found in ${marketingDist}: run pnpm build`);
    // The build has brotli and gzip copies of its text files (apps/marketing's precompress step): sent as they are.
    await app.register(fastifyStatic, {
      root: client,
      prefix: "/",
      wildcard: false,
      redirect: true,
      preCompressed: true,
      globIgnore: ["**/*.br", "**/*.gz"],
      setHeaders,
    });
    astro = ((await import(pathToFileURL(entry).href)) as { handler: AstroHandler }).handler;
  }

  app.setNotFoundHandler((req, reply) => {
    if (astro && (req.method === "GET" || req.method === "HEAD") && !req.url.startsWith("/trpc")) {
      const handler = astro;
      reply.hijack();
      compressRawResponse(req.raw, reply.raw, () =>
        handler(req.raw, reply.raw, (err) => {
          if (err) req.log.error({ err }, "marketing site failed");
          if (!reply.raw.headersSent) {
            reply.raw.statusCode = err ? 500 : 404;
            reply.raw.setHeader("content-type", "text/plain; charset=utf-8");
          }
          reply.raw.end(err ? "Internal error" : "Not found");
        }),
      );
      return;
    }
    reply.code(404).send({ error: "Not found" });
  });

  app.setErrorHandler((err: { statusCode?: number; message: string }, req, reply) => {
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 600 ? err.statusCode : 500;
    if (status >= 500) req.log.error({ err }, "request failed");
    reply.code(status).send({ error: status >= 500 ? "Internal error" : err.message });
  });

  return app;
}
