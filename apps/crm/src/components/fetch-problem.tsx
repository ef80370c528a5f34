import { Show } from "solid-js";
import { formatTime } from "../lib/format";
import type { FetchProblem } from "../lib/platform-status";

/** Why the latest request failed, whether older data is on screen, and a way to try again. */
export function FetchProblemNotice(props: {
  problem: FetchProblem;
  /** When the status still on screen was received; absent when there is none. */
  staleSince: Date | undefined;
  retrying: boolean;
  onRetry: () => void;
}) {
  return (
    <div class="callout" data-tone="bad">
      <p>
        <strong>{props.problem.title}</strong> {props.problem.detail}
      </p>
      <Show when={props.problem.technical}>
        {(technical) => (
          <p>
            <small>Error: {technical()}</small>
          </p>
        )}
      </Show>
      <Show when={props.staleSince}>
        {(since) => (
          <p>
            The details below are the last status received, at{" "}
            <time datetime={since().toISOString()}>{formatTime(since())}</time>.
          </p>
        )}
      </Show>
      <p>
        <button type="button" onClick={() => props.onRetry()} disabled={props.retrying}>
          {props.retrying ? "Retrying…" : "Retry now"}
        </button>
      </p>
    </div>
  );
}
