import { type JSX, Show } from "solid-js";

/** One row of a record's details (inside <dl class="facts">); "Not given" when there is nothing to show. */
export function Fact(props: { label: string; when?: unknown; children?: JSX.Element }) {
  const has = () =>
    props.when === undefined ? true : Boolean(props.when) && !(Array.isArray(props.when) && props.when.length === 0);
  return (
    <div>
      <dt>{props.label}</dt>
      <dd>
        <Show when={has()} fallback={<span class="meta">Not given</span>}>
          {props.children}
        </Show>
      </dd>
    </div>
  );
}
