import { Show } from "solid-js";
import { toErrorDisplay } from "../lib/errors";

/**
 * A failed load, in words, with a way to try again. A record that does not exist (or was deleted meanwhile) offers no
 * retry: asking again would give the same answer.
 */
export function ProblemNotice(props: { error: unknown; what: string; onRetry?: () => void; retrying?: boolean }) {
  const display = () => toErrorDisplay(props.error);
  const final = () => ["NOT_FOUND", "FORBIDDEN", "UNAUTHORIZED"].includes(display().code ?? "");
  return (
    <div class="callout" data-tone="bad" role="alert">
      <p>
        <strong>Could not load {props.what}.</strong> {display().message}
      </p>
      <Show when={props.onRetry && !final()}>
        <p>
          <button type="button" onClick={() => props.onRetry?.()} disabled={props.retrying}>
            {props.retrying ? "Trying again…" : "Try again"}
          </button>
        </p>
      </Show>
    </div>
  );
}
