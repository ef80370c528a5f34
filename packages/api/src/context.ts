import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type BlobStore,
  createDiskBlobStore,
  DEFAULT_MAX_FILE_BYTES,
  DEFAULT_MAX_TENANT_BYTES,
  type UploadLimits,
} from "@abante/blob";
import type { Db } from "@abante/db";
import type { Mailer } from "@abante/mail";
import { retention } from "@abante/privacy";
import { type BotCheck, processPow } from "./pow";

/** What the server knows about the request, resolved before any procedure runs. */
export interface RequestMeta {
  /** Client IP after applying the trusted-proxy setting. */
  ip: string;
  /** ISO 3166 alpha-2 country, when geolocation knows it (F4). */
  country: string | null;
  /** The negotiated UI locale. */
  locale: string;
  userAgent: string | null;
  /** The browser sent Sec-GPC: 1 (Global Privacy Control): a refusal of analytics and marketing (P31). */
  gpc: boolean;
  /** Request id, to correlate with logs. */
  requestId: string;
}

/** The signed-in account of the request (filled in by the session layer, F2). */
export interface SessionInfo {
  sessionId: string;
  accountId: string;
  staffRole: "support" | "privacy" | "admin" | null;
}

export interface Logger {
  error(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
}

/** Writes the session cookie on the response (the server knows the cookie name and flags). */
export interface SessionCookies {
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

/** The necessary cookie that carries the random consent id (P31). */
export interface ConsentCookie {
  get(): string | null;
  set(id: string): void;
}

export interface AppInfo {
  version: string;
  startedAt: Date;
}

export interface Context {
  db: Db;
  meta: RequestMeta;
  session: SessionInfo | null;
  app: AppInfo;
  log: Logger;
  /** Injected clock, so tests can move time. */
  now: () => Date;
  cookies: SessionCookies;
  mailer: Mailer;
  /** The public origin e-mailed links point to, e.g. https://abante.example (no trailing slash). */
  publicOrigin: string;
  /** Whether the dev mailbox may be read (dev transport, not production). */
  devMailbox: boolean;
  consentCookie: ConsentCookie;
  /** The public forms' bot check (P7): the server's proof of work, or reCAPTCHA when configured. */
  botCheck: BotCheck;
  /** Where attachment bytes live: the same store the server's upload route writes to. */
  blobs: BlobStore;
  /** FILE_MAX_BYTES / TENANT_MAX_BYTES, as the server's upload route enforces them. */
  uploadLimits: UploadLimits;
  /** Days of free trial a new CRM database gets (TRIAL_DAYS; default from the registry, 15). */
  trialDays: number;
}

export interface CreateContextOptions {
  db: Db;
  meta?: Partial<RequestMeta>;
  session?: SessionInfo | null;
  app?: AppInfo;
  log?: Logger;
  now?: () => Date;
  cookies?: SessionCookies;
  mailer?: Mailer;
  publicOrigin?: string;
  devMailbox?: boolean;
  consentCookie?: ConsentCookie;
  botCheck?: BotCheck;
  /** Default: a store under the system temporary directory, removed when the process exits (tests, scripts). */
  blobs?: BlobStore;
  /** Default: 100 MiB per file, 5 GiB per tenant. */
  uploadLimits?: UploadLimits;
  trialDays?: number;
}

/** A consent cookie held in memory: for contexts without an HTTP response (tests, scripts). */
export function memoryConsentCookie(initial: string | null = null): ConsentCookie {
  let value = initial;
  return {
    get: () => value,
    set: (id) => {
      value = id;
    },
  };
}

const silent: Logger = { error() {}, warn() {}, info() {} };
const noCookies: SessionCookies = { set() {}, clear() {} };
const noMail: Mailer = {
  transport: "dev",
  async send() {
    throw new Error("no mailer configured for this context");
  },
  async close() {},
};

let scratch: BlobStore | undefined;

/** One scratch blob store per process for contexts given none; its directory is made on the first put. */
function scratchBlobStore(): BlobStore {
  if (!scratch) {
    const dir = join(tmpdir(), `abante-blobs-${process.pid}-${randomUUID()}`);
    process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
    scratch = createDiskBlobStore(dir);
  }
  return scratch;
}

export function createContext(opts: CreateContextOptions): Context {
  return {
    db: opts.db,
    meta: {
      ip: opts.meta?.ip ?? "127.0.0.1",
      country: opts.meta?.country ?? null,
      locale: opts.meta?.locale ?? "en",
      userAgent: opts.meta?.userAgent ?? null,
      gpc: opts.meta?.gpc ?? false,
      requestId: opts.meta?.requestId ?? "local",
    },
    session: opts.session ?? null,
    app: opts.app ?? { version: "0.0.0", startedAt: new Date() },
    log: opts.log ?? silent,
    now: opts.now ?? (() => new Date()),
    cookies: opts.cookies ?? noCookies,
    mailer: opts.mailer ?? noMail,
    publicOrigin: (opts.publicOrigin ?? "http://localhost:3000").replace(/\/+$/, ""),
    devMailbox: opts.devMailbox ?? false,
    consentCookie: opts.consentCookie ?? memoryConsentCookie(),
    botCheck: opts.botCheck ?? processPow(),
    blobs: opts.blobs ?? scratchBlobStore(),
    uploadLimits: opts.uploadLimits ?? {
      maxFileBytes: DEFAULT_MAX_FILE_BYTES,
      maxTenantBytes: DEFAULT_MAX_TENANT_BYTES,
    },
    trialDays: opts.trialDays ?? retention.trialDays,
  };
}
