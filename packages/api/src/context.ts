import type { Db } from "@abante/db";

/** What the server knows about the request, resolved before any procedure runs. */
export interface RequestMeta {
  /** Client IP after applying the trusted-proxy setting. */
  ip: string;
  /** ISO 3166 alpha-2 country, when geolocation knows it (F4). */
  country: string | null;
  /** The negotiated UI locale. */
  locale: string;
  userAgent: string | null;
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
}

export interface CreateContextOptions {
  db: Db;
  meta?: Partial<RequestMeta>;
  session?: SessionInfo | null;
  app?: AppInfo;
  log?: Logger;
  now?: () => Date;
}

const silent: Logger = { error() {}, warn() {}, info() {} };

export function createContext(opts: CreateContextOptions): Context {
  return {
    db: opts.db,
    meta: {
      ip: opts.meta?.ip ?? "127.0.0.1",
      country: opts.meta?.country ?? null,
      locale: opts.meta?.locale ?? "en",
      userAgent: opts.meta?.userAgent ?? null,
      requestId: opts.meta?.requestId ?? "local",
    },
    session: opts.session ?? null,
    app: opts.app ?? { version: "0.0.0", startedAt: new Date() },
    log: opts.log ?? silent,
    now: opts.now ?? (() => new Date()),
  };
}
