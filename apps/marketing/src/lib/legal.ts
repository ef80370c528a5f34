// From the privacy registry to what the legal pages print. Every period on those pages goes through these
// functions, so changing a number in @abante/privacy changes the page (and a test proves it).
import type { Locale, MessageKey, Translate } from "@abante/i18n";
import {
  AGGREGATE_MIN_GROUP,
  type CookieDefinition,
  type DataCategory,
  type Duration,
  dataCategories,
  type PrivacyRegistry,
  type RetentionRuleKey,
  retentionRuleParams,
  type Subprocessor,
} from "@abante/privacy";
import { countryName } from "./visitor";

const intlUnit = { hours: "hour", days: "day", months: "month", years: "year" } as const;

/** "6 months", "6 Monate", "1 hora"… with the locale's own plural rules. */
export function formatDuration(duration: Duration, locale: Locale): string {
  return new Intl.NumberFormat(locale, {
    style: "unit",
    unit: intlUnit[duration.unit],
    unitDisplay: "long",
  }).format(duration.amount);
}

export function cookieLifetime(cookie: CookieDefinition, locale: Locale, t: Translate): string {
  const lifetime = cookie.lifetime;
  if (lifetime.kind === "fixed") return formatDuration(lifetime.duration, locale);
  return t("cookies.lifetime.sliding", {
    idle: formatDuration(lifetime.idle, locale),
    max: formatDuration(lifetime.max, locale),
  });
}

export function categoryLabels(categories: readonly DataCategory[], locale: Locale): string[] {
  return categories.map((c) => dataCategories[c][locale]);
}

export function formatList(items: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(locale, { type: "conjunction" }).format(items);
}

/** An ISO date ("2026-11-01") as the locale writes it ("1 November 2026"), read as a calendar date in UTC. */
export function formatDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));
}

export function subprocessorLocation(s: Subprocessor, locale: Locale): string {
  return formatList(
    s.countries.map((c) => countryName(c, locale)),
    locale,
  );
}

/** The periods the privacy policy names, formatted: {period} of the request log, {idle}/{max} of sessions… */
export function policyParams(registry: PrivacyRegistry, locale: Locale): Record<string, string> {
  const r = registry.retention;
  const d = (amount: number, unit: Duration["unit"]) => formatDuration({ amount, unit }, locale);
  return {
    period: d(r.requestLogMonths, "months"),
    idle: d(r.sessionIdleDays, "days"),
    max: d(r.sessionMaxDays, "days"),
    consent: d(r.consentMonths, "months"),
    grace: d(r.cancelledTenantGraceDays, "days"),
    backups: d(r.backupMonths, "months"),
    billing: d(r.billingYearsDefault, "years"),
    deadline: d(r.dsrDeadlineDays, "days"),
    k: new Intl.NumberFormat(locale).format(AGGREGATE_MIN_GROUP),
  };
}

/** How long a data set is kept, in words, with the rule's periods filled in from the registry. */
export function retentionText(rule: RetentionRuleKey, registry: PrivacyRegistry, locale: Locale, t: Translate): string {
  const params: Record<string, string> = {};
  for (const [name, duration] of Object.entries(retentionRuleParams(rule, registry.retention))) {
    params[name] = formatDuration(duration, locale);
  }
  return t(retentionMessage[rule], params);
}

export const retentionMessage = {
  account: "retention.account",
  session: "retention.session",
  oneTimeToken: "retention.oneTimeToken",
  securityCounter: "retention.securityCounter",
  sentMail: "retention.sentMail",
  requestLog: "retention.requestLog",
  consent: "retention.consent",
  lead: "retention.lead",
  eventRegistration: "retention.eventRegistration",
  disclosure: "retention.disclosure",
  privacyRequest: "retention.privacyRequest",
  listing: "retention.listing",
  legalHold: "retention.legalHold",
  customerData: "retention.customerData",
} as const satisfies Record<RetentionRuleKey, MessageKey>;

export interface PromiseGroup {
  id: "collection" | "use" | "rights" | "security" | "retention" | "cookies";
  title: MessageKey;
  promises: readonly number[];
}

/** P1–P32 as POLICY.md groups them. */
export const promiseGroups: readonly PromiseGroup[] = [
  { id: "collection", title: "privacy.group.collection", promises: [1, 2, 3, 4, 5, 6, 7, 8, 9] },
  { id: "use", title: "privacy.group.use", promises: [10, 11, 12, 13, 14, 15, 16] },
  { id: "rights", title: "privacy.group.rights", promises: [17, 18, 19, 20, 21, 22] },
  { id: "security", title: "privacy.group.security", promises: [23, 24] },
  { id: "retention", title: "privacy.group.retention", promises: [25, 26, 27, 28, 29, 30] },
  { id: "cookies", title: "privacy.group.cookies", promises: [31, 32] },
];

export function promiseTitleKey(n: number): MessageKey {
  return `privacy.p${n}.title` as MessageKey;
}

export function promiseBodyKey(n: number): MessageKey {
  return `privacy.p${n}.body` as MessageKey;
}
