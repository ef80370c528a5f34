import { useLocation } from "@solidjs/router";
import { createEffect, on } from "solid-js";

/** Shown when a page throws while rendering. Navigating elsewhere clears it; the button re-renders the page. */
export function AppError(props: { error: unknown; reset: () => void }) {
  const location = useLocation();
  createEffect(
    on(
      () => location.pathname,
      () => props.reset(),
      { defer: true },
    ),
  );
  const message = () => (props.error instanceof Error ? props.error.message : String(props.error));
  return (
    <section class="page" aria-labelledby="app-error-heading">
      <h1 id="app-error-heading">Something went wrong</h1>
      <div class="callout" data-tone="bad" role="alert">
        <p>This page could not be shown. Trying again often helps; if it keeps failing, reload the app.</p>
        <p>
          <small>{message()}</small>
        </p>
        <p>
          <button type="button" onClick={() => props.reset()}>
            Try again
          </button>
        </p>
      </div>
    </section>
  );
}
