// The browser side of the bot check (P7), shared by the marketing site's forms and the CRM's sign-up page: the ALTCHA
// widget, fetched the first time a form needs it (neither first load carries it), and one proof of work per call.
// Built by each app's Vite (the `?url` and `?worker` imports are Vite's).

export type AltchaWidget = HTMLElement & { verify(): unknown; reset(): void };

/** Where the widget gets its signed challenge (apps/server/src/routes/altcha.ts). */
export const ALTCHA_CHALLENGE_URL = "/api/altcha/challenge";

let altchaReady: Promise<void> | undefined;

/**
 * The widget without its inline workers (CSP: worker-src falls back to script-src 'self'), its styles as a <link>
 * added at that moment (imported as CSS, Astro would put them on every page). A failed download is tried again on
 * the next call.
 */
export function loadAltcha(): Promise<void> {
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
    altchaReady = undefined;
  });
  return altchaReady;
}

/**
 * The widget in `slot` (created on first use, with the hidden `altcha` field it submits). `strings` overrides the
 * widget's texts in `language`.
 */
export async function mountAltcha(
  slot: HTMLElement,
  language: string,
  strings?: Record<string, string>,
): Promise<AltchaWidget> {
  const existing = slot.querySelector<AltchaWidget>("altcha-widget");
  if (existing) return existing;
  await loadAltcha();
  if (strings) {
    const i18n = globalThis.$altcha.i18n;
    i18n.set(language, { ...(i18n.get(language) ?? i18n.get("en")), ...strings });
  }
  const widget = document.createElement("altcha-widget") as AltchaWidget;
  widget.setAttribute("challenge", ALTCHA_CHALLENGE_URL);
  widget.setAttribute("auto", "off");
  widget.setAttribute("language", language);
  widget.setAttribute("name", "altcha");
  slot.append(widget);
  return widget;
}

/**
 * Runs the proof of work in `widget`; resolves with its payload, or null when it fails or expires. `fresh` resets
 * the widget first, so a proof already spent by an accepted request is never sent again.
 */
export async function solveAltcha(widget: AltchaWidget, options: { fresh?: boolean } = {}): Promise<string | null> {
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
      if (options.fresh) widget.reset();
      void Promise.resolve(widget.verify()).catch(() => done(null));
    };
    // The widget's methods exist once it has rendered.
    if (typeof widget.verify === "function") start();
    else widget.addEventListener("load", start, { once: true });
  });
}
