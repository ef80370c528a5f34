import { type Locale, locales, localeToPath } from "@abante/i18n";

/** `getStaticPaths` for pages under `src/pages/[locale]/`: one page per locale, the locale as a prop. */
export function localeStaticPaths() {
  return locales.map((locale) => ({ params: { locale: localeToPath(locale) }, props: { locale } }));
}

export interface LocaleProps {
  locale: Locale;
}
