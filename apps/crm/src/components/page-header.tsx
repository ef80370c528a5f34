import type { JSX } from "solid-js";

/** A page's heading with its main actions beside it (stacked on narrow screens). */
export function PageHeader(props: { id: string; title: JSX.Element; children?: JSX.Element }) {
  return (
    <div class="page-header">
      <h1 id={props.id}>{props.title}</h1>
      <div class="page-actions">{props.children}</div>
    </div>
  );
}
