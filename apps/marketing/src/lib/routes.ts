// Every page of the site, by its path inside a locale (`localizePath(locale, pages.pricing)` → "/es/pricing/").

export const pages = {
  home: "/",
  features: "/features/",
  pricing: "/pricing/",
  events: "/events/",
  partners: "/partners/",
  contact: "/contact/",
  startTrial: "/start-trial/",
  privacy: "/privacy/",
  cookies: "/cookies/",
  subprocessors: "/subprocessors/",
  security: "/security/",
  privacyRequests: "/privacy-requests/",
} as const;

export type PageName = keyof typeof pages;

/** The CRM's own pages (apps/crm, served under /app/). */
export const crm = {
  signIn: "/app/sign-in",
  account: "/app/account",
} as const;

export function eventPath(slug: string): string {
  return `/events/${encodeURIComponent(slug)}/`;
}

/** The language picker's link: `/lang/<segment>?next=<path inside the locale>` (see src/pages/lang/[locale].ts). */
export function languageSwitchHref(localeSegment: string, path: string): string {
  return `/lang/${localeSegment}?next=${encodeURIComponent(path)}`;
}
