import type { PlatformStatus } from "./queries";

// What the status page shows, decided here (pure, tested) and only rendered by the components.

/** Why the latest status request failed, in words for people. */
export interface FetchProblem {
  /** True when no answer came from the API at all (server down, proxy error, offline). */
  unreachable: boolean;
  title: string;
  detail: string;
  /** The raw error message, for whoever debugs it; not part of the explanation. */
  technical?: string;
}

/** The page's state: the last status received, and the outcome of the latest attempt. */
export interface StatusSnapshot<S = PlatformStatus> {
  /** The last status received, kept while later refreshes fail so the page can show it as stale. */
  status: S | undefined;
  receivedAt: Date | undefined;
  /** Set when the latest attempt failed. */
  problem: FetchProblem | undefined;
  checkedAt: Date;
}

export type Outcome<S> = { ok: true; status: S } | { ok: false; error: unknown };

export function nextSnapshot<S>(
  previous: StatusSnapshot<S> | undefined,
  outcome: Outcome<S>,
  now: Date,
  online = true,
): StatusSnapshot<S> {
  if (outcome.ok) return { status: outcome.status, receivedAt: now, problem: undefined, checkedAt: now };
  return {
    status: previous?.status,
    receivedAt: previous?.receivedAt,
    problem: describeFetchError(outcome.error, online),
    checkedAt: now,
  };
}

interface ErrorLike {
  message?: unknown;
  data?: { code?: unknown; httpStatus?: unknown } | null;
}

/**
 * A tRPC error that carries `data` was produced by the API itself; anything else (a network failure, an HTML error
 * page from a proxy, an empty 502) means the API never answered.
 */
export function describeFetchError(error: unknown, online = true): FetchProblem {
  const e = (typeof error === "object" && error !== null ? error : {}) as ErrorLike;
  const message = typeof e.message === "string" && e.message !== "" ? e.message : String(error);
  if (e.data && typeof e.data.code === "string") {
    const http = typeof e.data.httpStatus === "number" ? ` (HTTP ${e.data.httpStatus})` : "";
    return { unreachable: false, title: `The API answered with an error${http}.`, detail: message };
  }
  if (!online) {
    return {
      unreachable: true,
      title: "You are offline.",
      detail: "The status will load when the connection is back.",
      technical: message,
    };
  }
  return {
    unreachable: true,
    title: "The API server cannot be reached.",
    detail: "It may be down or restarting. This page keeps trying.",
    technical: message,
  };
}

export type Health = "operational" | "degraded" | "down";

export interface HealthAssessment {
  health: Health;
  label: string;
  /** Sentences explaining anything that is not operational; empty when all is well. */
  reasons: string[];
}

const LABELS: Record<Health, string> = { operational: "Operational", degraded: "Degraded", down: "Down" };

type HealthInput = Pick<PlatformStatus, "ok" | "database" | "jobs">;

/**
 * Down: the API is unreachable or failing, or it reports itself or its database not ok.
 * Degraded: everything answers but a scheduled job's last run failed.
 */
export function assessHealth(snapshot: StatusSnapshot<HealthInput>): HealthAssessment {
  const reasons: string[] = [];
  const status = snapshot.status;
  if (snapshot.problem) reasons.push(snapshot.problem.title);
  else if (status) {
    if (!status.database.ok) reasons.push("The database is not responding.");
    if (!status.ok && status.database.ok) reasons.push("The server reports a problem.");
    for (const job of status.jobs) {
      if (job.lastError !== null) reasons.push(`The last run of job “${job.name}” failed.`);
    }
  }
  const down = snapshot.problem !== undefined || !status || !status.ok || !status.database.ok;
  const health: Health = down ? "down" : reasons.length > 0 ? "degraded" : "operational";
  return { health, label: LABELS[health], reasons };
}

export function databaseLabel(driver: PlatformStatus["database"]["driver"]): string {
  return driver === "pglite" ? "PGlite (embedded)" : "PostgreSQL";
}
