import { createEffect, createUniqueId, on, onCleanup } from "solid-js";

/**
 * A search field that asks once the person pauses typing (`delay` ms), not on every key: one request per search, not
 * per letter. Enter searches at once. When the value changes from outside (back button, "Clear filters"), the field
 * follows unless the person is in the middle of typing.
 */
export function SearchBox(props: {
  label: string;
  value: string | undefined;
  onSearch: (term: string) => void;
  delay?: number;
  placeholder?: string;
}) {
  const id = `search-${createUniqueId()}`;
  let input!: HTMLInputElement;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    const term = input.value.trim();
    if (term !== (props.value ?? "")) props.onSearch(term);
  };

  createEffect(
    on(
      () => props.value,
      (value) => {
        if (timer === undefined && input.value.trim() !== (value ?? "")) input.value = value ?? "";
      },
    ),
  );
  onCleanup(() => clearTimeout(timer));

  return (
    <div class="field search-field">
      <label for={id}>{props.label}</label>
      <input
        ref={input}
        id={id}
        type="search"
        value={props.value ?? ""}
        placeholder={props.placeholder}
        autocomplete="off"
        spellcheck={false}
        maxLength={200}
        onInput={() => {
          clearTimeout(timer);
          timer = setTimeout(flush, props.delay ?? 300);
        }}
        onKeyDown={(event) => {
          if (event.key === "Enter") {
            event.preventDefault();
            flush();
          }
        }}
      />
    </div>
  );
}
