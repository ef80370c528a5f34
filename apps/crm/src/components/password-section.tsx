import { PASSWORD_MAX, PASSWORD_MIN } from "@abante/validators/constants";
import { createSignal } from "solid-js";
import { createForm, lazySchema } from "../lib/form";
import { changePassword } from "../lib/queries";
import { FormError } from "./form-error";
import { FormField } from "./form-field";

// The schema, and zod with it, is fetched when the form is first used: the page's first load stays small.
const schema = lazySchema(() => import("@abante/validators").then((m) => m.changePasswordInput));

/** Change the password; the server signs out every other session. */
export function PasswordSection(props: { onChanged: (revoked: number) => void }) {
  const [result, setResult] = createSignal<string>();
  const form = createForm({
    schema,
    onSubmit: async (input, element) => {
      setResult(undefined);
      const { revoked } = await changePassword(input);
      element.reset();
      setResult(
        revoked === 0
          ? "Your password is changed."
          : `Your password is changed, and ${revoked} other ${revoked === 1 ? "session was" : "sessions were"} signed out.`,
      );
      props.onChanged(revoked);
    },
  });

  return (
    <section class="card account-section" aria-labelledby="password-heading">
      <h2 id="password-heading">Password</h2>
      <form
        class="form"
        onSubmit={form.submit}
        onFocusIn={form.preload}
        onPointerDown={form.preload}
        novalidate
        aria-labelledby="password-heading"
      >
        <FormError form={form} />
        <FormField form={form} name="currentPassword" label="Current password">
          {(control) => <input {...control} type="password" autocomplete="current-password" />}
        </FormField>
        <FormField
          form={form}
          name="newPassword"
          label="New password"
          hint={`${PASSWORD_MIN}–${PASSWORD_MAX} characters. Changing it signs out your other browsers and devices.`}
        >
          {(control) => <input {...control} type="password" autocomplete="new-password" />}
        </FormField>
        <div class="form-actions">
          <button type="submit" disabled={form.pending()}>
            {form.pending() ? "Changing…" : "Change password"}
          </button>
          <span role="status">{result() ?? ""}</span>
        </div>
      </form>
    </section>
  );
}
