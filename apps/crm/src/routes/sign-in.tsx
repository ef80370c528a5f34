import { A, useSearchParams } from "@solidjs/router";
import { Show } from "solid-js";
import { FormError } from "../components/form-error";
import { FormField } from "../components/form-field";
import { createForm, lazySchema } from "../lib/form";
import { safeNextPath } from "../lib/next-path";
import { signIn } from "../lib/queries";
import { useLeaveWhenSignedIn, useSession } from "../lib/session";

// A page people open first (from a link, or sent here to sign in): the schema, and zod with it, is fetched when the
// form is first touched, so the page itself stays small.
const schema = lazySchema(() => import("@abante/validators").then((m) => m.signInInput));

export default function SignInPage() {
  const session = useSession();
  const [params] = useSearchParams();
  const next = () => safeNextPath(params.next);
  // Links to the other entry pages keep `next`, so the visitor still lands where they were going.
  const keepNext = (path: string) => (params.next ? `${path}?next=${encodeURIComponent(next())}` : path);
  useLeaveWhenSignedIn(next);

  const form = createForm({
    schema,
    onSubmit: async (input) => session.set(await signIn(input)),
  });

  return (
    <section class="page narrow" aria-labelledby="sign-in-heading">
      <h1 id="sign-in-heading">Sign in</h1>
      <Show
        when={session.user() === null}
        fallback={
          <p class="notice" role="status">
            Loading…
          </p>
        }
      >
        <form class="form card" onSubmit={form.submit} onFocusIn={form.preload} onPointerDown={form.preload} novalidate>
          <FormError form={form} />
          <FormField form={form} name="email" label="Email address">
            {(control) => <input {...control} type="email" autocomplete="username" spellcheck={false} />}
          </FormField>
          <FormField form={form} name="password" label="Password">
            {(control) => <input {...control} type="password" autocomplete="current-password" />}
          </FormField>
          <div class="form-actions">
            <button type="submit" disabled={form.pending()}>
              {form.pending() ? "Signing in…" : "Sign in"}
            </button>
            <A href={keepNext("/forgot-password")}>Forgot your password?</A>
          </div>
        </form>
        <p>
          New to Abante CRM? <A href={keepNext("/sign-up")}>Create an account</A>
        </p>
      </Show>
    </section>
  );
}
