import type { Locale } from "../locales";
import { de } from "./de";
import { en, type MessageKey } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { ptBR } from "./pt-BR";

export type { MessageKey };

/** All catalogs by locale. `en` is the reference; the others are checked against it by type and by test. */
export const messages = {
  en,
  es,
  "pt-BR": ptBR,
  fr,
  de,
} as const satisfies Record<Locale, Record<MessageKey, string>>;
