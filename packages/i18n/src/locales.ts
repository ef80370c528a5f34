/** Every locale the product speaks, in the order the language picker shows them. */
export const locales = ["en", "es", "pt-BR", "fr", "de"] as const;

export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = "en";

/**
 * The cookie that records an explicit language choice. Only the language picker sets it (a preference, so it needs
 * consent for "preferences" where that applies); everything else only reads it.
 */
export const localeCookieName = "abante_lang";

/** URL path segment per locale: lower case, because URLs are case-sensitive and `/pt-BR/` vs `/pt-br/` would split. */
const paths = {
  en: "en",
  es: "es",
  "pt-BR": "pt-br",
  fr: "fr",
  de: "de",
} as const satisfies Record<Locale, string>;

export type LocalePath = (typeof paths)[Locale];

/** Each language's name in that language, so a visitor finds theirs whatever page they are on. */
export const localeNames = {
  en: "English",
  es: "Español",
  "pt-BR": "Português (Brasil)",
  fr: "Français",
  de: "Deutsch",
} as const satisfies Record<Locale, string>;

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

export function localeToPath(locale: Locale): LocalePath {
  return paths[locale];
}

/** The locale for a URL path segment (`"pt-br"` → `"pt-BR"`), or undefined when the segment is not a locale. */
export function pathToLocale(segment: string): Locale | undefined {
  return locales.find((locale) => paths[locale] === segment);
}

/**
 * Reads a locale written either as a code or as a path segment, in any letter case (`"pt-BR"`, `"pt-br"`, `"PT-BR"`),
 * as a cookie or URL may carry it. Anything else, including a bare language such as `"pt"`, gives undefined.
 */
export function parseLocale(value: string | null | undefined): Locale | undefined {
  if (!value) return undefined;
  const wanted = value.trim().toLowerCase();
  return locales.find((locale) => locale.toLowerCase() === wanted || paths[locale] === wanted);
}
