import { randomUUID } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { AppRouter } from "@abante/api";
import { type AppInfo, appRouter, createContext } from "@abante/api";
import { type Db, ping, repoRoot } from "@abante/db";
import { negotiateLocale } from "@abante/i18n";
import fastifyCookie from "@fastify/cookie";
import fastifyHelmet from "@fastify/helmet";
import fastifyRateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import { type FastifyTRPCPluginOptions, fastifyTRPCPlugin } from "@trpc/server/adapters/fastify";
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
  type FastifyServerOptions,
} from "fastify";
import { trustProxySetting } from "./env";

export const MAX_BATCH_SIZE = 16;

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

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "blob:"],
        mediaSrc: ["'self'", "blob:"],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
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
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    global: true,
    max: opts.rateLimitPerMinute ?? 1200,
    timeWindow: "1 minute",
  });

  app.get("/healthz", { config: { rateLimit: false } }, async (_req, reply) => {
    try {
      const latency = await ping(opts.db);
      return { status: "ok", database: "up", latencyMs: Math.round(latency * 10) / 10 };
    } catch (err) {
      app.log.error({ err }, "health check: database unreachable");
      return reply.code(503).send({ status: "error", database: "down" });
    }
  });

  await app.register(fastifyTRPCPlugin, {
    prefix: "/trpc",
    trpcOptions: {
      router: appRouter,
      maxBatchSize: MAX_BATCH_SIZE,
      createContext: ({ req }) =>
        createContext({
          db: opts.db,
          app: opts.app,
          log: req.log,
          now: opts.now,
          meta: {
            ip: req.ip,
            requestId: String(req.id),
            userAgent: req.headers["user-agent"] ?? null,
            country: null,
            locale: negotiateLocale({
              cookie: req.cookies?.abante_lang,
              acceptLanguage: req.headers["accept-language"],
            }),
          },
        }),
      onError({ error, path, req }) {
        // Procedure failures are logged where they are mapped; here only what fails before a procedure runs.
        if (error.code !== "INTERNAL_SERVER_ERROR") req.log.debug({ path, code: error.code }, "request refused");
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>["trpcOptions"],
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
    if (!existsSync(join(crmDist, "index.html"))) throw new Error(`CRM build not found in ${crmDist}: run pnpm build`);
    const crmIndex = readFileSync(join(crmDist, "index.html"));
    await app.register(fastifyStatic, {
      root: crmDist,
      prefix: "/app/",
      wildcard: false,
      index: false,
      setHeaders,
      decorateReply: false,
    });
    const sendCrm = (_req: unknown, reply: FastifyReply) =>
      reply.type("text/html; charset=utf-8").header("cache-control", "no-cache").send(crmIndex);
    app.get("/app", (_req, reply) => reply.redirect("/app/", 301));
    app.get("/app/", sendCrm);
    // Client-side routes of the SPA: any /app/ path that is not a file gets the app shell.
    app.get("/app/*", sendCrm);

    const client = join(marketingDist, "client");
    const entry = join(marketingDist, "server", "entry.mjs");
    if (!existsSync(entry)) throw new Error(`Marketing build not found in ${marketingDist}: run pnpm build`);
    await app.register(fastifyStatic, { root: client, prefix: "/", wildcard: false, redirect: true, setHeaders });
    astro = ((await import(pathToFileURL(entry).href)) as { handler: AstroHandler }).handler;
  }

  app.setNotFoundHandler((req, reply) => {
    if (astro && (req.method === "GET" || req.method === "HEAD") && !req.url.startsWith("/trpc")) {
      const handler = astro;
      reply.hijack();
      handler(req.raw, reply.raw, (err) => {
        if (err) req.log.error({ err }, "marketing site failed");
        if (!reply.raw.headersSent) {
          reply.raw.statusCode = err ? 500 : 404;
          reply.raw.setHeader("content-type", "text/plain; charset=utf-8");
        }
        reply.raw.end(err ? "Internal error" : "Not found");
      });
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
