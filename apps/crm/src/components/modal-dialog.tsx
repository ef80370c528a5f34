import { createEffect, createUniqueId, type JSX, onCleanup } from "solid-js";

/**
 * The heading of the nearest section around `element` that a heading names (a table's caption does not count): where
 * the focus goes back to when the control that opened a dialog is gone.
 */
function sectionHeading(element: Element | null): HTMLElement | null {
  for (let section = element?.closest("section"); section; section = section.parentElement?.closest("section")) {
    const id = section.getAttribute("aria-labelledby");
    const label = id ? document.getElementById(id) : null;
    if (label && /^H[1-6]$/.test(label.tagName)) return label;
  }
  return null;
}

/**
 * A modal dialog on the native <dialog>: the browser keeps focus and the screen reader inside it and closes it on
 * Escape. On opening, focus goes to the first control marked `data-autofocus` (or the first focusable one); on
 * closing, it returns to whatever had it before, usually the button that opened the dialog. When that is gone (the
 * row it deleted went with it), focus goes to the heading of the section it was in rather than to the page.
 */
export function ModalDialog(props: {
  open: boolean;
  /** Called when the dialog closes by itself (Escape); the owner then sets `open` to false. */
  onClose: () => void;
  title: string;
  children: JSX.Element;
}) {
  const id = `dialog-${createUniqueId()}`;
  let dialog!: HTMLDialogElement;
  let opener: HTMLElement | null = null;
  let section: HTMLElement | null = null;

  createEffect(() => {
    if (props.open && !dialog.open) {
      opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      section = sectionHeading(opener);
      dialog.showModal();
      // Two queries: one selector list would take whichever comes first in the page, not the marked control.
      const first =
        dialog.querySelector<HTMLElement>("[data-autofocus]") ??
        dialog.querySelector<HTMLElement>("input:not([disabled]), select, button:not([disabled]), [href]");
      first?.focus();
    } else if (!props.open && dialog.open) {
      dialog.close();
    }
  });
  onCleanup(() => dialog.open && dialog.close());

  return (
    <dialog
      ref={dialog}
      class="dialog"
      aria-labelledby={`${id}-title`}
      onClose={() => {
        if (opener?.isConnected) opener.focus();
        else if (section?.isConnected) {
          if (!section.hasAttribute("tabindex")) section.tabIndex = -1;
          section.focus();
        }
        opener = null;
        section = null;
        if (props.open) props.onClose();
      }}
    >
      <h2 id={`${id}-title`}>{props.title}</h2>
      {props.children}
    </dialog>
  );
}
