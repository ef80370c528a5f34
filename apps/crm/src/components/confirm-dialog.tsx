import { createSignal, type JSX, Show } from "solid-js";
import { toErrorDisplay } from "../lib/errors";
import { ModalDialog } from "./modal-dialog";

/**
 * A question before something that cannot be undone. The safe choice has the focus; a failure stays in the dialog
 * with its reason, so the person can try again or cancel.
 */
export function ConfirmDialog(props: {
  open: boolean;
  title: string;
  children: JSX.Element;
  confirmLabel: string;
  pendingLabel?: string;
  /** Styles the confirm button as destructive (default). */
  tone?: "danger" | "normal";
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
}) {
  const [pending, setPending] = createSignal(false);
  const [problem, setProblem] = createSignal<string>();

  function close() {
    setProblem(undefined);
    props.onClose();
  }

  async function confirm() {
    setPending(true);
    setProblem(undefined);
    try {
      await props.onConfirm();
      setPending(false);
      props.onClose();
    } catch (error) {
      setPending(false);
      setProblem(toErrorDisplay(error).message);
    }
  }

  return (
    <ModalDialog open={props.open} onClose={close} title={props.title}>
      {props.children}
      <Show when={problem()}>
        <p class="field-error" role="alert">
          {problem()}
        </p>
      </Show>
      <div class="form-actions">
        <button
          type="button"
          class={props.tone === "normal" ? undefined : "danger"}
          onClick={confirm}
          disabled={pending()}
        >
          {pending() ? (props.pendingLabel ?? "Working…") : props.confirmLabel}
        </button>
        <button type="button" class="secondary" onClick={close} disabled={pending()} data-autofocus>
          Cancel
        </button>
      </div>
    </ModalDialog>
  );
}
