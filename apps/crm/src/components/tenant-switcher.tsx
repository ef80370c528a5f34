import { A, useLocation } from "@solidjs/router";
import { createSignal, createUniqueId, For, onCleanup, onMount, Show } from "solid-js";
import { roleLabels } from "../lib/labels";
import type { MyTenant } from "../lib/queries";
import { samePageIn } from "../lib/tenant";

/**
 * The current CRM database and the way to the others: a disclosure button with a list of links. Links rather than a
 * <select> that navigates on change: choosing moves to another page, which a link says and a select does not, and a
 * link can open in a new tab. The other database opens on the same section (contacts stay contacts).
 */
export function TenantSwitcher(props: { current: { slug: string; name: string }; tenants: MyTenant[] | undefined }) {
  const id = `switcher-${createUniqueId()}`;
  const location = useLocation();
  const [open, setOpen] = createSignal(false);
  let root!: HTMLDivElement;
  let button!: HTMLButtonElement;

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.focus();
  };
  onMount(() => {
    const outside = (event: Event) => {
      if (open() && !root.contains(event.target as Node)) setOpen(false);
    };
    // Escape closes the list from anywhere inside it and gives the focus back to the button.
    const onEscape = (event: KeyboardEvent) => {
      if (event.key === "Escape" && open() && root.contains(document.activeElement)) {
        event.preventDefault();
        close(true);
      }
    };
    document.addEventListener("pointerdown", outside);
    document.addEventListener("focusin", outside);
    document.addEventListener("keydown", onEscape);
    onCleanup(() => {
      document.removeEventListener("pointerdown", outside);
      document.removeEventListener("focusin", outside);
      document.removeEventListener("keydown", onEscape);
    });
  });

  return (
    <div class="switcher" ref={root}>
      <button
        type="button"
        ref={button}
        class="switcher-button"
        aria-expanded={open()}
        aria-controls={`${id}-list`}
        onClick={() => setOpen(!open())}
      >
        <span class="visually-hidden">CRM database: </span>
        {props.current.name}
        <span aria-hidden="true" class="switcher-caret">
          ▾
        </span>
      </button>
      <div id={`${id}-list`} class="switcher-panel" hidden={!open()}>
        <p class="switcher-title" id={`${id}-title`}>
          Switch CRM database
        </p>
        <ul aria-labelledby={`${id}-title`}>
          <For each={props.tenants ?? []}>
            {(tenant) => (
              <li>
                <A
                  href={samePageIn(tenant.slug, location.pathname)}
                  aria-current={tenant.slug === props.current.slug ? "true" : undefined}
                  onClick={() => close(false)}
                >
                  <span class="switcher-name">{tenant.name}</span>
                  <span class="meta"> {roleLabels[tenant.role]}</span>
                </A>
              </li>
            )}
          </For>
        </ul>
        <Show when={props.tenants === undefined}>
          <p class="notice">Loading…</p>
        </Show>
        <p>
          <A href="/" onClick={() => close(false)}>
            All CRM databases
          </A>
        </p>
      </div>
    </div>
  );
}
