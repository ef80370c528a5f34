/**
 * Countries where each of our languages is an official or majority language (ISO 3166-1 alpha-2). Only used to
 * break ties between languages the browser finds equally acceptable, so it lists only the languages we serve and
 * does not need to be exhaustive: a missing country just means no tie-break.
 */
const countriesByLanguage: Record<string, readonly string[]> = {
  en: ["US", "GB", "IE", "CA", "AU", "NZ", "ZA", "IN", "SG", "PH", "NG", "KE", "GH", "JM", "MT", "TT", "BS", "BZ"],
  es: [
    "ES",
    "MX",
    "AR",
    "CO",
    "CL",
    "PE",
    "VE",
    "EC",
    "GT",
    "CU",
    "BO",
    "DO",
    "HN",
    "PY",
    "SV",
    "NI",
    "CR",
    "PA",
    "UY",
    "PR",
    "GQ",
  ],
  pt: ["BR", "PT", "AO", "MZ", "CV", "GW", "ST", "TL"],
  fr: [
    "FR",
    "BE",
    "CH",
    "LU",
    "MC",
    "CA",
    "SN",
    "CI",
    "CM",
    "CD",
    "CG",
    "MG",
    "ML",
    "BF",
    "NE",
    "TD",
    "GN",
    "BJ",
    "TG",
    "HT",
    "RW",
    "BI",
    "DJ",
    "GA",
    "CF",
    "KM",
    "SC",
  ],
  de: ["DE", "AT", "CH", "LI", "LU", "BE"],
};

/** Whether `language` (a primary subtag such as `"pt"`) is spoken in `country` (upper-case alpha-2). */
export function isSpokenIn(language: string, country: string): boolean {
  return countriesByLanguage[language]?.includes(country) ?? false;
}
