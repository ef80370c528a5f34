import { createSignal, Show } from "solid-js";
import { toErrorDisplay } from "../lib/errors";
import { createForm, lazySchema } from "../lib/form";
import { changeEmail, type Profile, resendVerification } from "../lib/queries";
import { FormError } from "./form-error";
import { FormField } from "./form-field";

// The schema, and zod with it, is fetched when the form is first used: the page's first load stays small.
const schema = lazySchema(() => import("@abante/validators").then((m) => m.changeEmailInput));

/** The sign-in address: whether it is verified, a change waiting for confirmation, and the form to change it. */
export function EmailSection(props: { profile: Profile; onPending: (pendingEmail: string) => void }) {
  const [resent, setResent] = createSignal(false);
  const [resending, setResending] = createSignal(false);
  const [resendProblem, setResendProblem] = createSignal<string>();
  const [changed, setChanged] = createSignal(false);

  const form = createForm({
    schema,
    onSubmit: async (input, element) => {
      const result = await changeEmail(input);
      element.reset();
      setChanged(true);
      props.onPending(result.pendingEmail);
    },
  });

  async function resend() {
    setResending(true);
    setResendProblem(undefined);
    try {
      await resendVerification();
      setResent(true);
    } catch (error) {
      setResendProblem(toErrorDisplay(error).message);
    } finally {
      setResending(false);
    }
  }

  return (
    <section class="card account-section" aria-labelledby="email-heading">
      <h2 id="email-heading">Email address</h2>
      <p>
        You sign in with <strong>{props.profile.email}</strong>{" "}
        <Show
          when={props.profile.emailVerifiedAt}
          fallback={
            <span class="tag" data-tone="warn">
              Not verified
            </span>
          }
        >
          <span class="tag" data-tone="good">
            Verified
          </span>
        </Show>
      </p>
      <Show when={!props.profile.emailVerifiedAt}>
        <div class="callout" data-tone="warn">
          <p>
            Please confirm this address: open the link we sent to it. No e-mail? It can take a minute, and it may be in
            your spam folder.
          </p>
          <p>
            <button type="button" class="secondary" onClick={resend} disabled={resending() || resent()}>
              {resending() ? "Sending…" : "Send a new link"}
            </button>{" "}
            <span role="status">{resent() ? `We sent a new link to ${props.profile.email}.` : ""}</span>
          </p>
          <Show when={resendProblem()}>
            <p class="field-error" role="alert">
              {resendProblem()}
            </p>
          </Show>
        </div>
      </Show>
      <p role="status">
        <Show when={props.profile.pendingEmail}>
          {(pending) => (
            <>
              {changed() ? "Almost done. " : ""}
              We sent a link to <strong>{pending()}</strong>: the address changes when you open it. Until then you keep
              signing in with {props.profile.email}.
            </>
          )}
        </Show>
      </p>
      <form
        class="form"
        onSubmit={form.submit}
        onFocusIn={form.preload}
        onPointerDown={form.preload}
        novalidate
        aria-labelledby="change-email-heading"
      >
        <h3 id="change-email-heading">Change your email address</h3>
        <FormError form={form} />
        <FormField form={form} name="newEmail" label="New email address">
          {(control) => <input {...control} type="email" autocomplete="email" spellcheck={false} />}
        </FormField>
        <FormField form={form} name="password" label="Current password" hint="To make sure it is you.">
          {(control) => <input {...control} type="password" autocomplete="current-password" />}
        </FormField>
        <div class="form-actions">
          <button type="submit" disabled={form.pending()}>
            {form.pending() ? "Sending…" : "Send a confirmation link"}
          </button>
        </div>
      </form>
    </section>
  );
}
