import { type Locale, locales, localeToPath, pathToLocale } from "@abante/i18n";

/** `getStaticPaths` for pages under `src/pages/[locale]/`: one page per locale, the locale as a prop. */
export function localeStaticPaths() {
  return locales.map((locale) => ({ params: { locale: localeToPath(locale) }, props: { locale } }));
}

export interface LocaleProps {
  locale: Locale;
}

/** The locale of an on-demand page under `src/pages/[locale]/`, from its URL segment, or undefined (→ 404). */
export function localeFromParam(segment: string | undefined): Locale | undefined {
  return segment === undefined ? undefined : pathToLocale(segment);
}
