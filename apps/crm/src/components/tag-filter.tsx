import { createUniqueId } from "solid-js";

/** A list filter on one tag, applied when the field is left or Enter is pressed (not on every letter). */
export function TagFilter(props: { value: string | undefined; onChange: (tag: string | undefined) => void }) {
  const id = `tag-${createUniqueId()}`;
  const apply = (input: HTMLInputElement) => {
    const tag = input.value.trim().toLowerCase() || undefined;
    if (tag !== props.value) props.onChange(tag);
  };
  return (
    <div class="field">
      <label for={id}>Tag</label>
      <input
        id={id}
        type="text"
        class="short-field"
        value={props.value ?? ""}
        maxLength={40}
        autocomplete="off"
        onChange={(event) => apply(event.currentTarget)}
        onKeyDown={(event) => {
          if (event.key === "Enter") {
            event.preventDefault();
            apply(event.currentTarget);
          }
        }}
      />
    </div>
  );
}
