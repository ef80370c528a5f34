import { type Locale, localeToPath, pathToLocale } from "./locales";

/** The URL of `path` in `locale`: `localizePath("pt-BR", "/pricing/")` → `"/pt-br/pricing/"`. */
export function localizePath(locale: Locale, path = "/"): string {
  const rest = path.startsWith("/") ? path : `/${path}`;
  return `/${localeToPath(locale)}${rest}`;
}

/** The locale a pathname starts with (`"/pt-br/x"` → `"pt-BR"`), or undefined. */
export function localeFromPathname(pathname: string): Locale | undefined {
  const first = pathname.split("/")[1];
  return first === undefined ? undefined : pathToLocale(first);
}

/**
 * The same page in another locale, for the language picker and hreflang links:
 * `switchLocalePath("/es/pricing/", "de")` → `"/de/pricing/"`. A pathname without a locale prefix gets one.
 */
export function switchLocalePath(pathname: string, locale: Locale): string {
  const current = localeFromPathname(pathname);
  if (current === undefined) return localizePath(locale, pathname);
  return localizePath(locale, pathname.slice(localeToPath(current).length + 1) || "/");
}
