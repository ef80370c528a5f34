import { type CookieDefinition, cookieRegistry } from "./cookies";
import { type DataMapEntry, dataMap } from "./data-map";
import { type Retention, retention } from "./retention";
import { type Subprocessor, subprocessors } from "./subprocessors";

export {
  CONSENT_CATEGORIES,
  CONSENT_COOKIE_NAME,
  type ConsentCategory,
  type CookieDefinition,
  type CookieLifetime,
  cookieMaxAgeSeconds,
  cookieNamed,
  cookieRegistry,
  cookies,
  findCookie,
  LANGUAGE_COOKIE_NAME,
  SECURE_SESSION_COOKIE_NAME,
  SESSION_COOKIE_NAME,
} from "./cookies";
export { type DataCategory, dataCategories, dataCategoryKeys } from "./data-categories";
export {
  type DataMapEntry,
  type DataSubject,
  dataMap,
  type RetentionRuleKey,
  retentionRuleKeys,
  retentionRuleParams,
} from "./data-map";
export { type LocalizedText, type PolicyLocale, policyLocales } from "./locales";
export {
  AGGREGATE_MIN_GROUP,
  addDuration,
  consentRenewalCutoff,
  type Duration,
  type DurationUnit,
  durationMs,
  type Retention,
  requestLogCutoff,
  retention,
  subtractDuration,
} from "./retention";
export { type Subprocessor, subprocessorSeedRow, subprocessors } from "./subprocessors";

/**
 * The version of the privacy and cookie policy (its effective date). Consent given under an older version is asked
 * again (P31); change it whenever the published policy changes in substance.
 */
export const POLICY_VERSION = "2026-11-01";

/** Everything the legal pages are rendered from, in one value, so a test can render them from a modified copy. */
export interface PrivacyRegistry {
  readonly policyVersion: string;
  readonly retention: Retention;
  readonly cookies: readonly CookieDefinition[];
  readonly subprocessors: readonly Subprocessor[];
  readonly dataMap: readonly DataMapEntry[];
}

export const registry: PrivacyRegistry = {
  policyVersion: POLICY_VERSION,
  retention,
  cookies: cookieRegistry(retention),
  subprocessors,
  dataMap,
};

/** A registry with other retention periods, cookies derived from them (for tests of the pages). */
export function registryWith(
  overrides: Partial<Omit<PrivacyRegistry, "cookies">> & { cookies?: readonly CookieDefinition[] },
) {
  const r = overrides.retention ?? registry.retention;
  return {
    ...registry,
    ...overrides,
    retention: r,
    cookies: overrides.cookies ?? cookieRegistry(r),
  } satisfies PrivacyRegistry;
}
