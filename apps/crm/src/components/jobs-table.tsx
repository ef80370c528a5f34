import { Index, Show } from "solid-js";
import { formatCount, formatDateTime, formatRelativeTime } from "../lib/format";
import type { PlatformJob } from "../lib/queries";

/**
 * The scheduled jobs and their last run. Times are relative to the server's clock (`now`), so a browser whose clock
 * is off does not show runs in the future. The scroll container is focusable so a narrow screen can scroll it by
 * keyboard.
 */
export function JobsTable(props: { jobs: PlatformJob[]; now: Date }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <section class="table-scroll" aria-labelledby="jobs-caption" tabIndex={0}>
      <table>
        <caption id="jobs-caption">Scheduled jobs</caption>
        <thead>
          <tr>
            <th scope="col">Job</th>
            <th scope="col">Last run</th>
            <th scope="col" class="num">
              Runs
            </th>
            <th scope="col">Last error</th>
          </tr>
        </thead>
        <tbody>
          <Index
            each={props.jobs}
            fallback={
              <tr>
                <td colSpan={4}>No jobs are scheduled.</td>
              </tr>
            }
          >
            {(job) => (
              <tr>
                <th scope="row">
                  <code>{job().name}</code>
                </th>
                <td>
                  <Show when={job().lastStartedAt} fallback="Never">
                    {(at) => (
                      <time datetime={at().toISOString()} title={formatDateTime(at())}>
                        {formatRelativeTime(at(), props.now)}
                      </time>
                    )}
                  </Show>
                </td>
                <td class="num">{formatCount(job().runs)}</td>
                <td>
                  <Show when={job().lastError} fallback="None">
                    {(error) => (
                      <>
                        <span class="tag" data-tone="bad">
                          Failed
                        </span>{" "}
                        {error()}
                      </>
                    )}
                  </Show>
                </td>
              </tr>
            )}
          </Index>
        </tbody>
      </table>
    </section>
  );
}
