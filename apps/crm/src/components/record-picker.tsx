import { createEffect, createMemo, createSignal, createUniqueId, For, on, onCleanup, Show } from "solid-js";
import { toErrorDisplay } from "../lib/errors";

export interface PickerOption {
  id: string;
  label: string;
  /** A second line: an e-mail, a domain. */
  detail?: string | null;
}

/**
 * Choosing one record among possibly a million (a contact's company, a deal's contact): a combobox that searches
 * as the person types (a few matches per request) instead of a <select> that would have to hold them all.
 * Follows the ARIA combobox pattern: arrows move through the matches, Enter chooses, Escape closes.
 * In a form, the chosen id travels in a hidden input named `name` ("" when nothing is chosen).
 */
export function RecordPicker(props: {
  /** The visible input's id (its <label for>); FormField's control id in a form. */
  id: string;
  name?: string;
  initial?: PickerOption | null;
  search: (term: string) => Promise<PickerOption[]>;
  onChange?: (option: PickerOption | null) => void;
  /** "company": for the announcements ("3 companies found"). */
  noun: string;
  nounPlural: string;
  invalid?: "true" | undefined;
  describedBy?: string | undefined;
  placeholder?: string;
}) {
  const listId = `picker-${createUniqueId()}`;
  const [selected, setSelected] = createSignal<PickerOption | null>(props.initial ?? null);
  const [text, setText] = createSignal(props.initial?.label ?? "");
  const [options, setOptions] = createSignal<PickerOption[]>([]);
  const [open, setOpen] = createSignal(false);
  const [active, setActive] = createSignal(-1);
  const [status, setStatus] = createSignal("");
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;
  onCleanup(() => clearTimeout(timer));
  // A new `initial` replaces what is shown: a list filter whose URL changed (Clear filters), or whose record's name
  // has just loaded. Choosing in the picker leads to the same `initial`, which then changes nothing.
  const initialKey = createMemo(() => (props.initial ? `${props.initial.id}\n${props.initial.label}` : ""));
  createEffect(
    on(
      initialKey,
      () => {
        const next = props.initial ?? null;
        if (selected()?.id === next?.id && (next === null || text() === next.label)) return;
        clearTimeout(timer);
        asked++;
        setSelected(next);
        setText(next?.label ?? "");
        setOpen(false);
      },
      { defer: true },
    ),
  );

  async function find(term: string) {
    const mine = ++asked;
    setStatus("Searching…");
    try {
      const found = await props.search(term);
      if (mine !== asked) return;
      setOptions(found);
      setActive(found.length > 0 ? 0 : -1);
      setOpen(true);
      setStatus(
        found.length === 0
          ? `No ${props.nounPlural} match.`
          : `${found.length} ${found.length === 1 ? props.noun : props.nounPlural} found; use the arrow keys to choose.`,
      );
    } catch (error) {
      if (mine !== asked) return;
      setOptions([]);
      setOpen(false);
      setStatus(toErrorDisplay(error).message);
    }
  }

  function choose(option: PickerOption | null) {
    clearTimeout(timer);
    asked++;
    setSelected(option);
    setText(option?.label ?? "");
    setOpen(false);
    setStatus(option ? `${option.label} chosen.` : "");
    props.onChange?.(option);
  }

  return (
    <div class="picker">
      <div class="picker-row">
        <input
          id={props.id}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open()}
          aria-controls={listId}
          aria-activedescendant={open() && active() >= 0 ? `${listId}-${active()}` : undefined}
          aria-invalid={props.invalid}
          aria-describedby={props.describedBy}
          autocomplete="off"
          spellcheck={false}
          placeholder={props.placeholder ?? `Type to search ${props.nounPlural}`}
          value={text()}
          onInput={(event) => {
            const value = event.currentTarget.value;
            setText(value);
            if (selected()) {
              setSelected(null);
              if (value.trim() === "") props.onChange?.(null);
            }
            clearTimeout(timer);
            if (value.trim() === "") {
              asked++;
              setOpen(false);
              setStatus("");
              return;
            }
            timer = setTimeout(() => void find(value.trim()), 250);
          }}
          onKeyDown={(event) => {
            const count = options().length;
            switch (event.key) {
              case "ArrowDown":
              case "ArrowUp": {
                if (count === 0) return;
                event.preventDefault();
                if (!open()) {
                  setOpen(true);
                  return;
                }
                const step = event.key === "ArrowDown" ? 1 : -1;
                setActive((active() + step + count) % count);
                return;
              }
              case "Enter":
                if (open() && active() >= 0) {
                  // Choosing must not submit the surrounding form.
                  event.preventDefault();
                  choose(options()[active()] ?? null);
                }
                return;
              case "Escape":
                if (open()) {
                  // Only the list closes, not a dialog around the form.
                  event.preventDefault();
                  event.stopPropagation();
                  setOpen(false);
                }
                return;
              default:
                return;
            }
          }}
          onBlur={() => setOpen(false)}
        />
        <Show when={selected() || text()}>
          <button type="button" class="link-button" onClick={() => choose(null)}>
            Clear<span class="visually-hidden"> the {props.noun}</span>
          </button>
        </Show>
      </div>
      <Show when={props.name}>{(name) => <input type="hidden" name={name()} value={selected()?.id ?? ""} />}</Show>
      <div id={listId} role="listbox" class="picker-list" hidden={!open() || options().length === 0}>
        <For each={options()}>
          {(option, index) => (
            // The options are not focusable and have no keys of their own, by design: focus stays in the combobox,
            // which moves through them (aria-activedescendant) and chooses with Enter.
            // biome-ignore lint/a11y/useFocusableInteractive: see above
            // biome-ignore lint/a11y/useKeyWithClickEvents: see above
            <div
              id={`${listId}-${index()}`}
              role="option"
              aria-selected={index() === active()}
              // mousedown would blur the input (and close the list) before the click lands.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(option)}
            >
              {option.label}
              <Show when={option.detail}>
                <span class="picker-detail"> {option.detail}</span>
              </Show>
            </div>
          )}
        </For>
      </div>
      <p class="visually-hidden" role="status">
        {status()}
      </p>
    </div>
  );
}
