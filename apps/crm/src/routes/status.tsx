import { createResource, onCleanup, onMount, Show, Suspense } from "solid-js";
import { FetchProblemNotice } from "../components/fetch-problem";
import { HealthSummary } from "../components/health-summary";
import { JobsTable } from "../components/jobs-table";
import { StatusDetails } from "../components/status-details";
import { formatTime } from "../lib/format";
import { assessHealth, nextSnapshot, type StatusSnapshot } from "../lib/platform-status";
import { getPlatformStatus } from "../lib/queries";
import { startVisibleInterval } from "../lib/visible-interval";

const REFRESH_MS = 15_000;
const TIMEOUT_MS = 10_000;

/**
 * Never rejects: a failure becomes part of the snapshot, next to the last status received, so the page can say the
 * API is down without throwing away what it knew.
 */
async function loadSnapshot(_: true, info: { value: StatusSnapshot | undefined }): Promise<StatusSnapshot> {
  try {
    const status = await getPlatformStatus({ signal: AbortSignal.timeout(TIMEOUT_MS) });
    return nextSnapshot(info.value, { ok: true, status }, new Date());
  } catch (error) {
    return nextSnapshot(info.value, { ok: false, error }, new Date(), navigator.onLine);
  }
}

export default function StatusPage() {
  const [snapshot, { refetch }] = createResource(loadSnapshot);
  const refresh = () => {
    if (!snapshot.loading) void refetch();
  };
  onMount(() => onCleanup(startVisibleInterval(refresh, REFRESH_MS)));

  return (
    <section class="page" aria-labelledby="status-heading">
      <h1 id="status-heading">Platform status</h1>
      <Suspense
        fallback={
          <p class="notice" role="status">
            Checking the platform status…
          </p>
        }
      >
        {/* `latest` keeps the current content on screen while a refresh is in flight instead of suspending again. */}
        <Show when={snapshot.latest}>
          {(snap) => (
            <>
              <HealthSummary assessment={assessHealth(snap())} />
              <p class="meta" aria-busy={snapshot.loading}>
                Checked at <time datetime={snap().checkedAt.toISOString()}>{formatTime(snap().checkedAt)}</time>.
                Refreshed every {REFRESH_MS / 1000} seconds while this tab is visible.{" "}
                <Show when={!snap().problem}>
                  <button type="button" class="link-button" onClick={refresh} disabled={snapshot.loading}>
                    {snapshot.loading ? "Refreshing…" : "Refresh now"}
                  </button>
                </Show>
              </p>
              <Show when={snap().problem}>
                {(problem) => (
                  <FetchProblemNotice
                    problem={problem()}
                    staleSince={snap().status ? snap().receivedAt : undefined}
                    retrying={snapshot.loading}
                    onRetry={refresh}
                  />
                )}
              </Show>
              <Show when={snap().status}>
                {(status) => (
                  <div class="details" data-stale={snap().problem ? "" : undefined}>
                    <StatusDetails status={status()} />
                    <JobsTable jobs={status().jobs} now={status().time} />
                  </div>
                )}
              </Show>
            </>
          )}
        </Show>
      </Suspense>
    </section>
  );
}
