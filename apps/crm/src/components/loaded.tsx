import { type Accessor, createMemo, type JSX, Match, type Resource, Switch } from "solid-js";
import { ProblemNotice } from "./problem-notice";

/**
 * A resource's three states without suspending the page around it: a loading line, the error with a retry, or the
 * content. A refresh keeps the content on screen (`latest`), so a page never flashes back to "Loading…".
 */
export function Loaded<T>(props: {
  of: Resource<T>;
  /** "the contact": completes "Loading …" and "Could not load …". */
  what: string;
  retry?: () => void;
  loading?: JSX.Element;
  children: (value: Accessor<T>) => JSX.Element;
}) {
  // Only read while the resource holds a value: reading an errored resource throws.
  const value = createMemo<T | undefined>((previous) =>
    props.of.state === "ready" || props.of.state === "refreshing" ? props.of.latest : previous,
  );
  return (
    <Switch
      fallback={
        props.loading ?? (
          <p class="notice" role="status">
            Loading {props.what}…
          </p>
        )
      }
    >
      <Match when={props.of.state === "errored"}>
        <ProblemNotice error={props.of.error} what={props.what} onRetry={props.retry} />
      </Match>
      <Match when={value() !== undefined}>{props.children(() => value() as T)}</Match>
    </Switch>
  );
}
