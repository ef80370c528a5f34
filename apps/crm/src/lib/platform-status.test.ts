import { describe, expect, it } from "vitest";
import { assessHealth, describeFetchError, nextSnapshot, type StatusSnapshot } from "./platform-status";

type Status = Parameters<typeof assessHealth>[0]["status"] & object;

const healthy: Status = {
  ok: true,
  database: { driver: "pglite", ok: true, latencyMs: 1.2, migrations: 4 },
  jobs: [{ name: "retention.sweep", lastStartedAt: null, lastError: null, runs: 0 }],
};
const t0 = new Date("2025-06-01T12:00:00Z");
const t1 = new Date("2025-06-01T12:00:15Z");

// What @trpc/client throws when the API itself answered with an error: the error shape's `data` is attached.
const apiError = Object.assign(new Error("Database timeout"), {
  data: { code: "INTERNAL_SERVER_ERROR", httpStatus: 500 },
});
// What it throws when nothing (or no tRPC response) came back.
const networkError = new Error("Failed to fetch");

describe("nextSnapshot", () => {
  it("keeps the last status received when a refresh fails, and records the failure", () => {
    const first = nextSnapshot(undefined, { ok: true, status: healthy }, t0);
    const second = nextSnapshot(first, { ok: false, error: networkError }, t1);
    expect(second.status).toBe(healthy);
    expect(second.receivedAt).toEqual(t0);
    expect(second.checkedAt).toEqual(t1);
    expect(second.problem?.unreachable).toBe(true);
  });

  it("clears the failure as soon as a refresh succeeds", () => {
    const failed = nextSnapshot<Status>(undefined, { ok: false, error: networkError }, t0);
    expect(failed.status).toBeUndefined();
    const recovered = nextSnapshot(failed, { ok: true, status: healthy }, t1);
    expect(recovered.problem).toBeUndefined();
    expect(recovered.receivedAt).toEqual(t1);
  });
});

describe("describeFetchError", () => {
  it("tells an API that answered with an error from one that cannot be reached", () => {
    expect(describeFetchError(apiError)).toEqual({
      unreachable: false,
      title: "The API answered with an error (HTTP 500).",
      detail: "Database timeout",
    });
    const down = describeFetchError(networkError);
    expect(down.unreachable).toBe(true);
    expect(down.title).toBe("The API server cannot be reached.");
    expect(down.technical).toBe("Failed to fetch");
  });

  it("says so when the browser is offline", () => {
    expect(describeFetchError(networkError, false).title).toBe("You are offline.");
  });

  it("copes with things thrown that are not errors", () => {
    expect(describeFetchError("boom").technical).toBe("boom");
    expect(describeFetchError(undefined).unreachable).toBe(true);
  });
});

describe("assessHealth", () => {
  const snapshot = (status: Status | undefined, error?: unknown): StatusSnapshot<Status> =>
    error === undefined
      ? nextSnapshot(undefined, { ok: true, status: status as Status }, t0)
      : nextSnapshot(status && nextSnapshot(undefined, { ok: true, status }, t0), { ok: false, error }, t1);

  it("is operational when the server, the database and every job are fine", () => {
    expect(assessHealth(snapshot(healthy))).toEqual({ health: "operational", label: "Operational", reasons: [] });
  });

  it("is degraded, naming the job, when a job's last run failed", () => {
    const status = { ...healthy, jobs: [{ ...healthy.jobs[0]!, lastError: "disk full", runs: 3 }] };
    const result = assessHealth(snapshot(status));
    expect(result.health).toBe("degraded");
    expect(result.reasons).toEqual(["The last run of job “retention.sweep” failed."]);
  });

  it("is down when the database does not respond", () => {
    const status = { ...healthy, ok: false, database: { ...healthy.database, ok: false } };
    const result = assessHealth(snapshot(status));
    expect(result.health).toBe("down");
    expect(result.reasons).toEqual(["The database is not responding."]);
  });

  it("is down when the server reports not ok even though the database answers", () => {
    expect(assessHealth(snapshot({ ...healthy, ok: false })).health).toBe("down");
  });

  it("is down when the API cannot be reached, even with an earlier healthy status on screen", () => {
    const result = assessHealth(snapshot(healthy, networkError));
    expect(result.health).toBe("down");
    expect(result.reasons).toEqual(["The API server cannot be reached."]);
  });
});
