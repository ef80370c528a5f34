// P31: the consent banner's behaviour (bundled by Astro; no framework). Reads the visitor's decision from
// `consent.current`, records a new one with `consent.record`, and loads analytics only after an opt-in.

type Category = "preferences" | "analytics" | "marketing";
type Method = "accept_all" | "reject_all" | "custom" | "withdraw";
interface Categories {
  preferences: boolean;
  analytics: boolean;
  marketing: boolean;
}
interface ConsentState {
  consent: Categories | null;
  showBanner: boolean;
  effective: Categories;
  gpc: boolean;
}

const CATEGORIES: Category[] = ["preferences", "analytics", "marketing"];

async function trpc(path: string, body?: unknown): Promise<ConsentState | null> {
  try {
    const res = body
      ? await fetch(`/trpc/${path}`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ json: body }),
        })
      : await fetch(`/trpc/${path}?input=${encodeURIComponent('{"json":null}')}`);
    if (!res.ok) return null;
    return ((await res.json()) as { result: { data: { json: ConsentState } } }).result.data.json;
  } catch {
    return null;
  }
}

declare global {
  interface Navigator {
    globalPrivacyControl?: boolean;
  }
}

// Loaded only when needed: no analytics code on the page before consent (and an external chunk, never an inline
// script, which the CSP would block).
const analytics = () => import("./analytics");
let analyticsOn = false;

interface AnalyticsSettings {
  gaId: string;
  src: string;
}

/**
 * What the operator configured (ANALYTICS_GA_ID, ANALYTICS_SRC on the server): asked for only after the visitor
 * accepted analytics, so a visitor who did not accept never even asks. Null when none is configured.
 */
async function analyticsSettings(): Promise<AnalyticsSettings | null> {
  try {
    const res = await fetch("/api/analytics");
    if (!res.ok) return null;
    return ((await res.json()) as { analytics: AnalyticsSettings | null }).analytics;
  } catch {
    return null;
  }
}

export function initConsent() {
  const banner = document.getElementById("consent-banner");
  if (!banner) return;
  const { bannerVersion = "" } = banner.dataset;
  const q = <T extends HTMLElement>(sel: string) => banner.querySelector<T>(sel)!;
  const choices = q<HTMLFieldSetElement>("[data-consent-choices]");
  const button = (m: string) => q<HTMLButtonElement>(`[data-consent="${m}"]`);
  const box = (c: Category) => q<HTMLInputElement>(`input[name="${c}"]`);
  let state: ConsentState | null = null;

  const gpc = () => navigator.globalPrivacyControl === true || state?.gpc === true;

  const apply = (s: ConsentState | null) => {
    state = s;
    if (s?.effective.analytics && !gpc() && !analyticsOn) {
      analyticsOn = true;
      void analyticsSettings().then(async (settings) => {
        // The visitor may have withdrawn while the settings were on their way.
        if (!settings || !analyticsOn) return;
        (await analytics()).loadAnalytics(settings.gaId, settings.src);
      });
    }
  };

  const open = (focus: boolean) => {
    const refused = gpc();
    q("[data-consent-gpc]").hidden = !refused;
    for (const c of CATEGORIES) {
      const off = refused && c !== "preferences";
      // GPC is a refusal: only necessary and preferences are offered.
      q(`[data-consent-category="${c}"]`).hidden = off;
      box(c).disabled = off;
      box(c).checked = !off && (state?.consent?.[c] ?? false);
    }
    const decided = state?.consent ?? null;
    button("withdraw").hidden = !(decided && CATEGORIES.some((c) => decided[c]));
    banner.hidden = false;
    if (focus) banner.focus();
  };

  const record = async (method: Method) => {
    const refused = gpc();
    const pick = (c: Category) => method === "accept_all" || (method === "custom" && box(c).checked);
    const body = {
      method,
      preferences: pick("preferences"),
      analytics: !refused && pick("analytics"),
      marketing: !refused && pick("marketing"),
      bannerVersion,
    };
    for (const b of banner.querySelectorAll("button")) b.disabled = true;
    const next = await trpc("consent.record", body);
    for (const b of banner.querySelectorAll("button")) b.disabled = false;
    if (!next) return; // keep the banner: nothing was recorded
    if (!next.effective.analytics && analyticsOn) {
      analyticsOn = false;
      void analytics().then((m) => m.dropAnalytics());
    }
    apply(next);
    banner.hidden = true;
    choices.hidden = true;
    button("custom").hidden = true;
    button("choose").setAttribute("aria-expanded", "false");
    document.getElementById("cookie-settings")?.focus();
  };

  banner.addEventListener("click", (event) => {
    const target = (event.target as HTMLElement).closest<HTMLButtonElement>("button[data-consent]");
    const method = target?.dataset.consent;
    if (!method) return;
    if (method === "choose") {
      choices.hidden = false;
      button("custom").hidden = false;
      target.setAttribute("aria-expanded", "true");
      box("preferences").focus();
      return;
    }
    void record(method as Method);
  });

  document.getElementById("cookie-settings")?.addEventListener("click", (event) => {
    event.preventDefault();
    open(true);
  });

  void trpc("consent.current").then((s) => {
    apply(s);
    if (!s || s.showBanner) open(false);
  });
}
