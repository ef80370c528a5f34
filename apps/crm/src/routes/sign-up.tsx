import { businessSectors, interests, PASSWORD_MAX, PASSWORD_MIN, signUpInput } from "@abante/validators";
import { A, useSearchParams } from "@solidjs/router";
import { createSignal, For, Show } from "solid-js";
import { FormError } from "../components/form-error";
import { FormField } from "../components/form-field";
import { createForm } from "../lib/form";
import { interestLabels, sectorLabels } from "../lib/labels";
import { safeNextPath } from "../lib/next-path";
import { signUp } from "../lib/queries";
import { useLeaveWhenSignedIn, useSession } from "../lib/session";

type AltchaWidget = HTMLElement & { verify(): unknown; reset(): void };

/** Where the widget gets its signed challenge: the server's endpoint, shared with the marketing site's forms. */
export const ALTCHA_CHALLENGE_URL = "/api/altcha/challenge";

let altchaReady: Promise<void> | undefined;

/**
 * The ALTCHA widget (P7) and its proof-of-work worker, fetched the first time someone starts filling in the form, so
 * the CRM's first load does not carry them. As on the marketing site: the build without inline workers (CSP:
 * worker-src falls back to script-src 'self'), its styles as a <link> added at that moment.
 */
function loadAltcha(): Promise<void> {
  altchaReady ??= (async () => {
    const [, , worker] = await Promise.all([
      import("altcha/external"),
      import("altcha/altcha.css?url").then((m) => {
        const link = document.createElement("link");
        link.rel = "stylesheet";
        link.href = m.default;
        document.head.append(link);
      }),
      import("altcha/workers/pbkdf2?worker"),
    ]);
    const Pbkdf2Worker = worker.default;
    for (const alg of ["PBKDF2/SHA-256", "PBKDF2/SHA-384", "PBKDF2/SHA-512"]) {
      globalThis.$altcha.algorithms.set(alg, () => new Pbkdf2Worker());
    }
  })();
  altchaReady.catch(() => {
    altchaReady = undefined; // a failed download is tried again on the next submit
  });
  return altchaReady;
}

async function mountAltcha(slot: HTMLElement): Promise<AltchaWidget> {
  const existing = slot.querySelector<AltchaWidget>("altcha-widget");
  if (existing) return existing;
  await loadAltcha();
  const widget = document.createElement("altcha-widget") as AltchaWidget;
  widget.setAttribute("challenge", ALTCHA_CHALLENGE_URL);
  widget.setAttribute("auto", "off");
  widget.setAttribute("language", "en");
  widget.setAttribute("name", "altcha");
  slot.append(widget);
  return widget;
}

/** Runs a fresh proof of work in the widget; resolves with its payload, or null when it fails or expires. */
async function solveAltcha(slot: HTMLElement): Promise<string | null> {
  const widget = await mountAltcha(slot);
  await customElements.whenDefined("altcha-widget");
  return new Promise((resolve) => {
    const done = (payload: string | null) => {
      widget.removeEventListener("verified", onVerified);
      widget.removeEventListener("statechange", onState);
      resolve(payload);
    };
    const onVerified = (e: Event) => done((e as CustomEvent<{ payload: string }>).detail.payload);
    const onState = (e: Event) => {
      const state = (e as CustomEvent<{ state: string }>).detail.state;
      if (state === "error" || state === "expired") done(null);
    };
    widget.addEventListener("verified", onVerified);
    widget.addEventListener("statechange", onState);
    const start = () => {
      // Every submit gets a new proof: one is spent by each sign-up the server accepts.
      widget.reset();
      void Promise.resolve(widget.verify()).catch(() => done(null));
    };
    // The widget's methods exist once it has rendered.
    if (typeof widget.verify === "function") start();
    else widget.addEventListener("load", start, { once: true });
  });
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
  const prepareAltcha = () => {
    if (altchaSlot) void mountAltcha(altchaSlot).catch(() => {});
  };

  const form = createForm({
    schema: signUpInput,
    lists: ["interests"],
    onSubmit: async (input) => {
      const altcha = altchaSlot ? await solveAltcha(altchaSlot).catch(() => null) : null;
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
