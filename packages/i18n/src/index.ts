export {
  defaultLocale,
  isLocale,
  type Locale,
  type LocalePath,
  localeCookieName,
  localeNames,
  locales,
  localeToPath,
  parseLocale,
  pathToLocale,
} from "./locales";
export type { MessageKey } from "./messages/index";
export { messages } from "./messages/index";
export {
  type LanguageRange,
  matchAcceptLanguage,
  type NegotiateInput,
  negotiateLocale,
  parseAcceptLanguage,
} from "./negotiate";
export { localeFromPathname, localizePath, switchLocalePath } from "./paths";
export { interpolate, type MessageParams, placeholders, type Translate, useTranslations } from "./translate";
