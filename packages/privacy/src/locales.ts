/**
 * The languages the policy texts of this package are written in. The same list as `locales` in @abante/i18n (a test
 * in apps/marketing compares them); kept here so the registry has no dependency on the site's catalogs.
 */
export const policyLocales = ["en", "es", "pt-BR", "fr", "de"] as const;

export type PolicyLocale = (typeof policyLocales)[number];

/** One text in every policy language. A missing language is a type error, and a test rejects blank ones. */
export type LocalizedText = Readonly<Record<PolicyLocale, string>>;
