import { DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_TENANT_BYTES } from "@abante/blob";
import { retention } from "@abante/privacy";
import { z } from "zod";

const bool = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((v) => v === "true" || v === "1");

/** A whole number of bytes, at least 1; unset or empty gives `fallback`. */
const byteCount = (name: string, fallback: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => v || String(fallback))
    .refine((v) => /^\d+$/.test(v) && Number.isSafeInteger(Number(v)) && Number(v) >= 1, {
      message: `${name} must be a whole number of bytes (at least 1)`,
    })
    .transform(Number);

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().default("127.0.0.1"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /**
   * Which proxies to trust for the client IP (X-Forwarded-For): "false" (default: the socket address), "true"
   * (any peer: only behind a proxy that overwrites the header), or a comma-separated list of proxy addresses, CIDRs
   * or the names loopback, linklocal, uniquelocal. (Fastify refuses hop counts: they cannot vouch for the peer.)
   */
  TRUST_PROXY: z
    .string()
    .default("false")
    .refine((v) => !/^\d+$/.test(v.trim()), "hop counts are not supported: list the proxy addresses instead"),
  /** Public origin of the platform, e.g. https://abante.example. */
  PUBLIC_URL: z.string().url().optional(),
  /** Serve the built CRM at /app and the built marketing site at /. Defaults to on in production. */
  SERVE_APPS: bool,
  /** Run the scheduled jobs in this process (default on). */
  JOBS: z
    .enum(["on", "off"])
    .default("on")
    .transform((v) => v === "on"),
  /** Outgoing mail server (smtp:// or smtps://). Unset: mail goes to the dev mailbox only (the outbox table). */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "SMTP_URL must start with smtp:// or smtps://")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  MAIL_FROM: z.string().default("Abante CRM <no-reply@abante.localhost>"),
  /** Show the dev mailbox in the CRM. Default: on in development without SMTP_URL, off otherwise. */
  DEV_MAILBOX: z.enum(["on", "off", ""]).optional(),
  /** Trusted CDN header carrying the visitor's country (e.g. CF-IPCountry). Only behind a CDN that overwrites it. */
  GEO_HEADER: z.string().optional(),
  /** A MaxMind-format country database; default: the DB-IP country database shipped with the server (CC-BY). */
  GEOIP_DB: z.string().optional(),
  /** Signs proof-of-work challenges; all servers need the same key. Required in production. */
  ALTCHA_HMAC_KEY: z.string().min(32, "ALTCHA_HMAC_KEY must be at least 32 characters").optional(),
  RECAPTCHA_SECRET: z.string().optional(),
  /**
   * Google Analytics measurement id (e.g. G-ABC123): the site loads analytics only after the visitor accepted it
   * (P31). A run-time setting: the built site asks the server for it (GET /api/analytics), so no rebuild is needed.
   */
  ANALYTICS_GA_ID: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, "ANALYTICS_GA_ID must be a measurement id such as G-ABC123")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  /**
   * The analytics script (default Google's gtag.js, https://www.googletagmanager.com/gtag/js). Its origin is the only
   * third-party script source the Content-Security-Policy allows, and only while ANALYTICS_GA_ID is set.
   */
  ANALYTICS_SRC: z
    .string()
    .url()
    .refine((v) => {
      const u = new URL(v);
      return (
        u.protocol === "https:" ||
        (u.protocol === "http:" && /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/.test(u.hostname))
      );
    }, "ANALYTICS_SRC must be an https:// URL (http:// only on this machine)")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  RECAPTCHA_MIN_SCORE: z.coerce.number().min(0).max(1).optional(),
  /** Seconds to wait for in-flight requests on shutdown before giving up. */
  SHUTDOWN_TIMEOUT: z.coerce.number().positive().default(25),
  /** The largest attachment, in bytes (default 100 MiB). */
  FILE_MAX_BYTES: byteCount("FILE_MAX_BYTES", DEFAULT_MAX_FILE_BYTES),
  /** Attachment bytes one tenant may hold in total (default 5 GiB); the CRM shows usage against it. */
  TENANT_MAX_BYTES: byteCount("TENANT_MAX_BYTES", DEFAULT_MAX_TENANT_BYTES),
  /** Days of free trial a new CRM database gets (default 15, from the registry). The site's pages show it too. */
  TRIAL_DAYS: z.coerce
    .number({ message: "TRIAL_DAYS must be a whole number of days" })
    .int("TRIAL_DAYS must be a whole number of days")
    .min(1, "TRIAL_DAYS must be at least 1")
    .max(365, "TRIAL_DAYS must be at most 365")
    .default(retention.trialDays),
});

export type ServerEnv = z.infer<typeof schema>;

export function loadEnv(source: NodeJS.ProcessEnv = process.env): ServerEnv {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

/** Fastify's trustProxy option from TRUST_PROXY. */
export function trustProxySetting(value: string): boolean | string[] {
  const v = value.trim();
  if (v === "" || v === "false") return false;
  if (v === "true") return true;
  return v
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}
