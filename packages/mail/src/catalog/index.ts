import type { Locale } from "@abante/i18n";
import { de } from "./de";
import { en, type MailMessageKey } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { ptBR } from "./pt-BR";

export type { MailMessageKey };

/**
 * Mail catalogs by locale. They live here rather than in @abante/i18n so the marketing site does not ship them.
 * `en` is the reference; the others are checked against it by type and by test.
 */
export const mailMessages = {
  en,
  es,
  "pt-BR": ptBR,
  fr,
  de,
} as const satisfies Record<Locale, Record<MailMessageKey, string>>;
