import { defaultLocale, type Locale, locales, parseLocale } from "@abante/i18n";

/**
 * The catalog locale for any locale code a caller stored: an exact match (any case, `pt-br` too), else the first
 * locale of the same language (`pt` and `pt-PT` → pt-BR, `de-AT` → de), else en.
 */
export function mailLocale(code: string): Locale {
  const exact = parseLocale(code);
  if (exact) return exact;
  const language = code.trim().split(/[-_]/)[0]?.toLowerCase();
  return locales.find((locale) => locale.split("-")[0]!.toLowerCase() === language) ?? defaultLocale;
}
