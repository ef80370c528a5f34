import type { Locale } from "./locales";
import { type MessageKey, messages } from "./messages/index";

export type MessageParams = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

const placeholder = /\{(\w+)\}/g;

/**
 * Fills `{name}` placeholders from `params`. A placeholder without a value stays as written, so a forgotten
 * parameter shows up on the page (and in tests) instead of silently vanishing.
 */
export function interpolate(template: string, params: MessageParams): string {
  return template.replace(placeholder, (match, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : match,
  );
}

/** The placeholder names a message uses, e.g. `["year"]` for `"© {year} Abante CRM"`. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(placeholder)].map((match) => match[1]!);
}

/** Returns `t(key, params?)` for one locale (the name follows the Astro i18n recipe; it is not a React hook). */
export function useTranslations(locale: Locale): Translate {
  const catalog: Record<MessageKey, string> = messages[locale];
  return (key, params) => {
    const template = catalog[key];
    return params ? interpolate(template, params) : template;
  };
}
