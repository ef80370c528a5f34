import { Show } from "solid-js";
import type { Form } from "../lib/form";

/**
 * The form's own error (wrong password, too many attempts, no connection). The alert region is always in the page,
 * so that assistive technology announces a message as soon as it appears; createForm focuses it when no control is
 * to blame.
 */
export function FormError(props: { form: Form }) {
  return (
    <div id={props.form.messageId} class="form-error" role="alert" tabIndex={-1}>
      <Show when={props.form.message()}>
        {(message) => (
          <p class="callout" data-tone="bad">
            {message()}
          </p>
        )}
      </Show>
    </div>
  );
}
