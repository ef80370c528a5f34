import { For, Show } from "solid-js";

/** A record's tags as small labels; nothing when there are none. */
export function TagList(props: { tags: string[] }) {
  return (
    <Show when={props.tags.length > 0}>
      <ul class="tag-list" aria-label="Tags">
        <For each={props.tags}>{(tag) => <li class="tag">{tag}</li>}</For>
      </ul>
    </Show>
  );
}
