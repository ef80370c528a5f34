// Google Analytics, loaded by the consent banner only after the visitor opted in to analytics (P31). The id and the
// script's URL come from the server at run time (GET /api/analytics), never from the build.

type Gtag = (...args: unknown[]) => void;
declare global {
  interface Window {
    dataLayer?: unknown[];
    gtag?: Gtag;
  }
}

let analyticsLoaded = false;

/** Consent Mode v2: every signal denied until the visitor decides; the site runs no advertising, so ads stay denied. */
export const CONSENT_DEFAULT = {
  ad_storage: "denied",
  ad_user_data: "denied",
  ad_personalization: "denied",
  analytics_storage: "denied",
} as const;

/**
 * Google Analytics with Consent Mode v2: the denied defaults go first, then the visitor's opt-in to analytics (and
 * only analytics), then the tag. Calling it again after a withdrawal grants analytics again without a second script.
 */
export function loadAnalytics(id: string, src: string) {
  if (analyticsLoaded) {
    window.gtag?.("consent", "update", { analytics_storage: "granted" });
    return;
  }
  analyticsLoaded = true;
  window.dataLayer = window.dataLayer || [];
  const gtag: Gtag = function (this: unknown) {
    // biome-ignore lint/complexity/noArguments: gtag expects the arguments object itself.
    window.dataLayer!.push(arguments);
  };
  window.gtag = gtag;
  gtag("consent", "default", CONSENT_DEFAULT);
  gtag("consent", "update", { analytics_storage: "granted" });
  gtag("js", new Date());
  // No Google signals (cross-device data from Google accounts) and no ad personalisation from this site.
  gtag("config", id, { allow_google_signals: false, allow_ad_personalization_signals: false });
  const url = new URL(src, location.href);
  url.searchParams.set("id", id);
  const script = document.createElement("script");
  script.async = true;
  script.src = url.href;
  document.head.append(script);
}

/** After a withdrawal: analytics stops and its cookies go (necessary cookies stay). */
export function dropAnalytics() {
  window.gtag?.("consent", "update", { analytics_storage: "denied" });
  for (const part of document.cookie.split(";")) {
    const name = part.split("=")[0]!.trim();
    if (!name.startsWith("_ga")) continue;
    const host = location.hostname;
    for (const domain of ["", `; domain=${host}`, `; domain=.${host.split(".").slice(-2).join(".")}`]) {
      // biome-ignore lint/suspicious/noDocumentCookie: expiring the analytics cookies after a withdrawal.
      document.cookie = `${name}=; Max-Age=0; path=/${domain}`;
    }
  }
}
