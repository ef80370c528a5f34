import { mountAltcha, solveAltcha } from "@abante/altcha-client";
import { businessSectors, interests, PASSWORD_MAX, PASSWORD_MIN } from "@abante/validators/constants";
import { A, useSearchParams } from "@solidjs/router";
import { createSignal, For, Show } from "solid-js";
import { FormError } from "../components/form-error";
import { FormField } from "../components/form-field";
import { createForm, lazySchema } from "../lib/form";
import { interestLabels, sectorLabels } from "../lib/labels";
import { safeNextPath } from "../lib/next-path";
import { signUp } from "../lib/queries";
import { useLeaveWhenSignedIn, useSession } from "../lib/session";

// The schema, and zod with it, is fetched when the form is first used: the page's first load stays small.
const schema = lazySchema(() => import("@abante/validators").then((m) => m.signUpInput));

/** The sign-up's proof of work: a fresh one on every submit, since each accepted sign-up spends one. */
async function proofOfWork(slot: HTMLElement): Promise<string | null> {
  return solveAltcha(await mountAltcha(slot, "en"), { fresh: true });
}

/** Shown under the check when the widget could not produce a proof; shaped like the API's answer for the same case. */
function botCheckFailed(): Error {
  const message = "The verification failed. Please try again.";
  return Object.assign(new Error(message), { data: { code: "BAD_REQUEST", fieldErrors: { altcha: [message] } } });
}

/**
 * P1: exactly the registration data — name, company name, email, password, optional phone, business sector and
 * interests. Language and country are not asked: the server records them from the request.
 * Signing up does not sign in: the address must be confirmed first, and the answer is the same whether or not it
 * already had an account, so the page cannot be used to find out who is a customer.
 * P7: like the site's public forms, it carries a proof of work, solved in the browser when the form is sent.
 */
export default function SignUpPage() {
  const session = useSession();
  const [params] = useSearchParams();
  const next = () => safeNextPath(params.next);
  const signInHref = () => (params.next ? `/sign-in?next=${encodeURIComponent(next())}` : "/sign-in");
  useLeaveWhenSignedIn(next);
  const [sentTo, setSentTo] = createSignal<string>();
  let confirmation: HTMLDivElement | undefined;
  let altchaSlot: HTMLDivElement | undefined;
  // Using the form fetches what its submit needs: the bot check's widget and the schema (with zod).
  const prepareAltcha = () => {
    form.preload();
    if (altchaSlot) void mountAltcha(altchaSlot, "en").catch(() => {});
  };

  const form = createForm({
    schema,
    lists: ["interests"],
    onSubmit: async (input) => {
      const altcha = altchaSlot ? await proofOfWork(altchaSlot).catch(() => null) : null;
      if (!altcha) throw botCheckFailed();
      const result = await signUp({ ...input, altcha });
      setSentTo(result.email);
      confirmation?.focus();
    },
  });

  return (
    <section class="page narrow" aria-labelledby="sign-up-heading">
      <h1 id="sign-up-heading">Create your account</h1>
      <Show
        when={session.user() === null}
        fallback={
          <p class="notice" role="status">
            Loading…
          </p>
        }
      >
        <Show when={sentTo()}>
          {(email) => (
            <div class="callout" data-tone="good" role="status" tabIndex={-1} ref={confirmation}>
              <p>
                <strong>Check your e-mail.</strong> We sent a link to <strong>{email()}</strong> to confirm that the
                address is yours. Open it, then sign in.
              </p>
              <p>
                Nothing arrived after a few minutes? Look in your spam folder. <A href={signInHref()}>Sign in</A>
              </p>
            </div>
          )}
        </Show>
        <Show when={!sentTo()}>
          {/* The widget's code is fetched once the visitor starts filling in the form (at the latest on submit). */}
          <form class="form card" onSubmit={form.submit} onFocusIn={prepareAltcha} novalidate>
            <FormError form={form} />
            <FormField form={form} name="name" label="Your name">
              {(control) => <input {...control} type="text" autocomplete="name" maxLength={120} />}
            </FormField>
            <FormField form={form} name="companyName" label="Company name">
              {(control) => <input {...control} type="text" autocomplete="organization" maxLength={160} />}
            </FormField>
            <FormField
              form={form}
              name="email"
              label="Email address"
              hint="We send a link to this address to confirm it is yours."
            >
              {(control) => <input {...control} type="email" autocomplete="username" spellcheck={false} />}
            </FormField>
            <FormField
              form={form}
              name="password"
              label="Password"
              hint={`${PASSWORD_MIN}–${PASSWORD_MAX} characters. A few unrelated words make a strong password that is easy to remember.`}
            >
              {(control) => <input {...control} type="password" autocomplete="new-password" />}
            </FormField>
            <FormField
              form={form}
              name="phone"
              label="Phone"
              optional
              hint="Only if you would like us to be able to call you about your account."
            >
              {(control) => <input {...control} type="tel" autocomplete="tel" maxLength={32} />}
            </FormField>
            <FormField form={form} name="businessSector" label="Business sector">
              {(control) => (
                <select {...control}>
                  <option value="">Choose your sector</option>
                  <For each={businessSectors}>{(sector) => <option value={sector}>{sectorLabels[sector]}</option>}</For>
                </select>
              )}
            </FormField>
            <FormField
              form={form}
              name="interests"
              label="What interests you in Abante CRM?"
              hint="Choose any that apply. It helps us show you the right things first."
              optional
              group
            >
              {(control) => (
                <div class="choices">
                  <For each={interests}>
                    {(interest) => (
                      <label class="choice">
                        <input
                          type="checkbox"
                          name={control.name}
                          value={interest}
                          aria-invalid={control["aria-invalid"]}
                        />
                        {interestLabels[interest]}
                      </label>
                    )}
                  </For>
                </div>
              )}
            </FormField>
            <p class="meta">
              Your language and country are taken from your browser and your connection, so you see the right language,
              currency and local partners. You can change the language later in your account.
            </p>
            <div class="altcha-slot" ref={altchaSlot} />
            <Show when={form.errors("altcha")}>
              {(reasons) => (
                <p id={form.errorId("altcha")} class="field-error" role="alert">
                  <span class="visually-hidden">Error: </span>
                  {reasons().join(" ")}
                </p>
              )}
            </Show>
            <div class="form-actions">
              <button type="submit" disabled={form.pending()}>
                {form.pending() ? "Creating your account…" : "Create account"}
              </button>
            </div>
          </form>
          <p>
            Already have an account? <A href={signInHref()}>Sign in</A>
          </p>
        </Show>
      </Show>
    </section>
  );
}
