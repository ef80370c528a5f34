import { For, Show } from "solid-js";
import type { HealthAssessment } from "../lib/platform-status";

const ICONS = { operational: "✓", degraded: "!", down: "✕" } as const;

/**
 * The overall verdict in words. It is the page's polite live region: a refresh that changes nothing changes no text,
 * so assistive technology speaks only when the status itself changes.
 */
export function HealthSummary(props: { assessment: HealthAssessment }) {
  return (
    <section
      class="health"
      data-health={props.assessment.health}
      aria-labelledby="health-heading"
      aria-live="polite"
      aria-atomic="true"
    >
      <span class="health-icon" aria-hidden="true">
        {ICONS[props.assessment.health]}
      </span>
      <div>
        <h2 id="health-heading" class="health-label">
          Platform: {props.assessment.label}
        </h2>
        <Show
          when={props.assessment.reasons.length > 0}
          fallback={<p>The API, the database and every scheduled job are working.</p>}
        >
          <ul class="health-reasons">
            <For each={props.assessment.reasons}>{(reason) => <li>{reason}</li>}</For>
          </ul>
        </Show>
      </div>
    </section>
  );
}
