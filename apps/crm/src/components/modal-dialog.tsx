import { createEffect, createUniqueId, type JSX, onCleanup } from "solid-js";

/**
 * A modal dialog on the native <dialog>: the browser keeps focus and the screen reader inside it and closes it on
 * Escape. On opening, focus goes to the first control marked `data-autofocus` (or the first focusable one); on
 * closing, it returns to whatever had it before, usually the button that opened the dialog.
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

  createEffect(() => {
    if (props.open && !dialog.open) {
      opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
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
        opener?.focus();
        opener = null;
        if (props.open) props.onClose();
      }}
    >
      <h2 id={`${id}-title`}>{props.title}</h2>
      {props.children}
    </dialog>
  );
}
