import { A } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import { FormError } from "../components/form-error";
import { FormField } from "../components/form-field";
import { createForm, lazySchema } from "../lib/form";
import { requestPasswordReset } from "../lib/queries";

/**
 * Asks for a reset link. The answer is the same whether or not the address has an account, so this page cannot be
 * used to find out who is a customer.
 */
// A page people open first (from a link, or sent here to sign in): the schema, and zod with it, is fetched when the
// form is first touched, so the page itself stays small.
const schema = lazySchema(() => import("@abante/validators").then((m) => m.requestPasswordResetInput));

export default function ForgotPasswordPage() {
  const [sentTo, setSentTo] = createSignal<string>();
  let confirmation: HTMLDivElement | undefined;
  const form = createForm({
    schema,
    onSubmit: async (input) => {
      await requestPasswordReset(input);
      setSentTo(input.email);
      confirmation?.focus();
    },
  });

  return (
    <section class="page narrow" aria-labelledby="forgot-heading">
      <h1 id="forgot-heading">Forgot your password?</h1>
      <Show
        when={sentTo()}
        fallback={
          <>
            <p>Enter the email address of your account and we will send you a link to choose a new password.</p>
            <form
              class="form card"
              onSubmit={form.submit}
              onFocusIn={form.preload}
              onPointerDown={form.preload}
              novalidate
            >
              <FormError form={form} />
              <FormField form={form} name="email" label="Email address">
                {(control) => <input {...control} type="email" autocomplete="username" spellcheck={false} />}
              </FormField>
              <div class="form-actions">
                <button type="submit" disabled={form.pending()}>
                  {form.pending() ? "Sending…" : "Send the link"}
                </button>
              </div>
            </form>
          </>
        }
      >
        {(email) => (
          <div class="callout" data-tone="good" role="status" tabIndex={-1} ref={confirmation}>
            <p>
              If an account exists for <strong>{email()}</strong>, we have sent it a link to choose a new password.
            </p>
            <p>The link works once and expires soon. Nothing arrived? Check your spam folder, or try again later.</p>
          </div>
        )}
      </Show>
      <p>
        <A href="/sign-in">Back to sign in</A>
      </p>
    </section>
  );
}
