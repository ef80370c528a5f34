import { PASSWORD_MAX, PASSWORD_MIN } from "@abante/validators/constants";
import { A } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import { FormError } from "../components/form-error";
import { FormField } from "../components/form-field";
import { createForm, lazySchema } from "../lib/form";
import { useLinkToken } from "../lib/link-token";
import { resetPassword } from "../lib/queries";
import { useSession } from "../lib/session";

// The schema, and zod with it, is fetched when the form is first used: the page's first load stays small.
const schema = lazySchema(() => import("@abante/validators").then((m) => m.resetPasswordInput));

/** Opened from the e-mailed reset link: choose a new password. Every session ends, so the person signs in again. */
export default function ResetPasswordPage() {
  const session = useSession();
  const token = useLinkToken("/reset-password");
  const [done, setDone] = createSignal(false);
  let confirmation: HTMLDivElement | undefined;

  const form = createForm({
    schema,
    extra: () => ({ token: token ?? "" }),
    onSubmit: async (input) => {
      await resetPassword(input);
      // The server revoked every session, this browser's included.
      session.set(null);
      setDone(true);
      confirmation?.focus();
    },
  });

  return (
    <section class="page narrow" aria-labelledby="reset-heading">
      <h1 id="reset-heading">Choose a new password</h1>
      <Show
        when={token}
        fallback={
          <div class="callout" data-tone="bad" role="alert">
            <p>This page needs the link from your e-mail, and there is none.</p>
            <p>
              <A href="/forgot-password">Ask for a new link</A>
            </p>
          </div>
        }
      >
        <Show
          when={done()}
          fallback={
            <>
              <form
                class="form card"
                onSubmit={form.submit}
                onFocusIn={form.preload}
                onPointerDown={form.preload}
                novalidate
              >
                <FormError form={form} />
                <FormField
                  form={form}
                  name="password"
                  label="New password"
                  hint={`${PASSWORD_MIN}–${PASSWORD_MAX} characters.`}
                >
                  {(control) => <input {...control} type="password" autocomplete="new-password" />}
                </FormField>
                <div class="form-actions">
                  <button type="submit" disabled={form.pending()}>
                    {form.pending() ? "Saving…" : "Save the new password"}
                  </button>
                </div>
              </form>
              <p>
                Link expired or already used? <A href="/forgot-password">Ask for a new link</A>
              </p>
            </>
          }
        >
          <div class="callout" data-tone="good" role="status" tabIndex={-1} ref={confirmation}>
            <p>Your password is changed. For your security, every browser and device was signed out.</p>
            <p>
              <A href="/sign-in?next=%2Faccount">Sign in with your new password</A>
            </p>
          </div>
        </Show>
      </Show>
    </section>
  );
}
