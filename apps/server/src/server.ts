import { readFileSync } from "node:fs";
import { join } from "node:path";
import { closeDb, createDb, type Db, migrate } from "@abante/db";
import { createMailer, type Mailer } from "@abante/mail";
import type { FastifyInstance } from "fastify";
import pino from "pino";
import { buildServer } from "./app";
import { loadEnv, type ServerEnv } from "./env";
import { jobs as allJobs, type Job, startScheduler } from "./jobs";
import { loggerOptions } from "./logger";
import { analyticsSettings } from "./routes/analytics";

function version(): string {
  for (const p of [join(import.meta.dirname, "..", "package.json"), join(import.meta.dirname, "package.json")]) {
    try {
      return (JSON.parse(readFileSync(p, "utf8")) as { version: string }).version;
    } catch {}
  }
  return "0.0.0";
}

export interface StartOptions {
  env?: ServerEnv;
  db?: Db;
  jobs?: Job[];
  /** Extra routes (tests). */
  configure?: (app: FastifyInstance) => void | Promise<void>;
}

export interface Running {
  app: FastifyInstance;
  db: Db;
  url: string;
  shutdown(reason: string): Promise<void>;
}

/**
 * Starts the platform: migrates, serves, schedules jobs. SIGTERM/SIGINT shut it down gracefully: stop taking
 * connections, let in-flight requests finish, start no new job and wait for running ones, then close the database.
 */
export async function startServer(options: StartOptions = {}): Promise<Running> {
  const env = options.env ?? loadEnv();
  const production = env.NODE_ENV === "production";
  const logger = pino(loggerOptions(env.LOG_LEVEL, !production && process.stdout.isTTY === true));
  const db = options.db ?? createDb();
  await migrate(db);
  const mailer: Mailer = createMailer({ db, smtpUrl: env.SMTP_URL, from: env.MAIL_FROM, log: logger });
  const devMailbox = env.DEV_MAILBOX ? env.DEV_MAILBOX === "on" : !production && !env.SMTP_URL;
  const app = await buildServer({
    db,
    app: { version: version(), startedAt: new Date() },
    log: logger,
    trustProxy: env.TRUST_PROXY,
    production,
    serveApps: env.SERVE_APPS || production,
    mailer,
    publicUrl: env.PUBLIC_URL,
    devMailbox,
    geoHeader: env.GEO_HEADER,
    geoipDb: env.GEOIP_DB,
    altchaHmacKey: env.ALTCHA_HMAC_KEY,
    recaptchaSecret: env.RECAPTCHA_SECRET,
    recaptchaMinScore: env.RECAPTCHA_MIN_SCORE,
    uploadLimits: { maxFileBytes: env.FILE_MAX_BYTES, maxTenantBytes: env.TENANT_MAX_BYTES },
    trialDays: env.TRIAL_DAYS,
    analytics: analyticsSettings(env),
  });
  await options.configure?.(app);
  const address = await app.listen({ host: env.HOST, port: env.PORT });
  // The marketing site's on-demand pages (events, partners) read the API over loopback: point them at this process.
  const port = (app.server.address() as { port: number } | null)?.port;
  if (!process.env.API_URL && port) process.env.API_URL = `http://127.0.0.1:${port}`;
  const scheduler = env.JOBS ? startScheduler(db, options.jobs ?? allJobs, logger) : null;

  let closing: Promise<void> | undefined;
  const shutdown = (reason: string) => {
    closing ??= (async () => {
      logger.info({ reason }, "shutting down: finishing in-flight requests");
      const timer = setTimeout(() => {
        logger.error("shutdown timed out; exiting");
        process.exit(1);
      }, env.SHUTDOWN_TIMEOUT * 1000);
      timer.unref();
      await scheduler?.stop();
      await app.close();
      await mailer.close();
      await closeDb(db);
      clearTimeout(timer);
      logger.info("stopped");
    })();
    return closing;
  };
  return { app, db, url: address, shutdown };
}

/** Process-level wiring: signals end the process once the shutdown completes. */
export function exitOnSignals(running: Running): void {
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      running.shutdown(signal).then(
        () => process.exit(0),
        (err) => {
          running.app.log.error({ err }, "shutdown failed");
          process.exit(1);
        },
      );
    });
  }
}
