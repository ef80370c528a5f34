// Google Analytics, loaded by the consent banner only after the visitor opted in to analytics (P31).

type Gtag = (...args: unknown[]) => void;
declare global {
  interface Window {
    dataLayer?: unknown[];
    gtag?: Gtag;
  }
}

let analyticsLoaded = false;

/** Google Analytics with Consent Mode v2: everything denied by default, analytics granted only after the opt-in. */
export function loadAnalytics(id: string, src: string) {
  if (analyticsLoaded) return;
  analyticsLoaded = true;
  window.dataLayer = window.dataLayer || [];
  const gtag: Gtag = function (this: unknown) {
    // biome-ignore lint/complexity/noArguments: gtag expects the arguments object itself.
    window.dataLayer!.push(arguments);
  };
  window.gtag = gtag;
  gtag("consent", "default", {
    ad_storage: "denied",
    ad_user_data: "denied",
    ad_personalization: "denied",
    analytics_storage: "denied",
  });
  const script = document.createElement("script");
  script.async = true;
  script.src = `${src}?id=${encodeURIComponent(id)}`;
  document.head.append(script);
  gtag("js", new Date());
  gtag("config", id);
  gtag("consent", "update", { analytics_storage: "granted" });
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
