import { isSpokenIn } from "./countries";
import { defaultLocale, type Locale, locales, parseLocale } from "./locales";

export interface NegotiateInput {
  /** Value of the preference cookie (`abante_lang`): set only when the visitor picks a language. */
  cookie?: string | null;
  /** Locale from the URL prefix, as a code (`"pt-BR"`) or a path segment (`"pt-br"`). */
  urlLocale?: string | null;
  /** The raw `Accept-Language` request header. */
  acceptLanguage?: string | null;
  /** The visitor's country (ISO 3166-1 alpha-2, any case) from geolocation or a trusted CDN header. */
  country?: string | null;
}

/**
 * The locale to serve: an explicit choice (the cookie) > the URL > the browser's Accept-Language (the country
 * breaking ties) > `en`. Unknown or malformed values at any step are ignored and the next step decides.
 */
export function negotiateLocale(input: NegotiateInput): Locale {
  return (
    parseLocale(input.cookie) ??
    parseLocale(input.urlLocale) ??
    matchAcceptLanguage(input.acceptLanguage, input.country) ??
    defaultLocale
  );
}

export interface LanguageRange {
  /** Lower-case language range (`"es-ar"`, `"pt"`) or `"*"`. */
  tag: string;
  /** Quality between 0 and 1; 0 means "not acceptable". */
  q: number;
}

// A header is client-controlled: bound the work one request can cause.
const maxHeaderLength = 4096;
const maxRanges = 32;
const rangeSyntax = /^(?:\*|[a-z]{1,8}(?:-[a-z0-9]{1,8})*)$/;
const qSyntax = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/;

/**
 * Parses an Accept-Language header (RFC 9110 §12.5.4) into ranges sorted by quality, highest first, keeping the
 * header's order among equal qualities. Malformed entries (bad tag, bad or out-of-range q) are dropped rather than
 * guessed at. `pt_BR`, which some clients send, is read as `pt-br`.
 */
export function parseAcceptLanguage(header: string | null | undefined): LanguageRange[] {
  if (!header) return [];
  const ranges: LanguageRange[] = [];
  for (const part of header.slice(0, maxHeaderLength).split(",")) {
    if (ranges.length === maxRanges) break;
    const [rawTag = "", ...params] = part.split(";");
    const tag = rawTag.trim().toLowerCase().replaceAll("_", "-");
    if (!rangeSyntax.test(tag)) continue;
    let q = 1;
    let valid = true;
    for (const param of params) {
      const [name = "", value = ""] = param.split("=").map((s) => s.trim());
      if (name.toLowerCase() !== "q") continue;
      if (!qSyntax.test(value)) valid = false;
      else q = Number(value);
    }
    if (valid) ranges.push({ tag, q });
  }
  // Array.prototype.sort is stable, so equal qualities keep the header's order.
  return ranges.sort((a, b) => b.q - a.q);
}

const language = (tag: string) => tag.split("-")[0]!;
const region = (tag: string) => tag.split("-").find((subtag, i) => i > 0 && /^[a-z]{2}$/.test(subtag));

/** RFC 4647 basic filtering: `"pt"` matches `pt-BR`, `"pt-br"` matches `pt-BR`, `"*"` matches everything. */
function rangeMatches(range: string, locale: Locale): boolean {
  const tag = locale.toLowerCase();
  return range === "*" || tag === range || tag.startsWith(`${range}-`);
}

/** Locales one range asks for: the exact tag if we have it, else every locale of the same language. */
function candidatesFor(range: string): Locale[] {
  if (range === "*") return [...locales];
  const exact = locales.find((locale) => locale.toLowerCase() === range);
  if (exact) return [exact];
  return locales.filter((locale) => language(locale.toLowerCase()) === language(range));
}

/** Among locales one range matches equally, prefer the country's own variant, then a language spoken there. */
function breakTie(candidates: Locale[], country: string | undefined): Locale {
  if (country) {
    const cc = country.toLowerCase();
    const ownVariant = candidates.find((locale) => region(locale.toLowerCase()) === cc);
    if (ownVariant) return ownVariant;
    const spokenThere = candidates.find((locale) => isSpokenIn(language(locale.toLowerCase()), country));
    if (spokenThere) return spokenThere;
  }
  return candidates[0]!;
}

/**
 * The supported locale that best matches an Accept-Language header, or undefined when nothing acceptable matches.
 * Ranges are tried by quality, then in header order (clients list their favourite first even when they send equal
 * qualities), with `*` last. The first range that matches anything decides; when it matches several locales (a
 * bare language with several regional variants, or `*`) the country breaks the tie: pt + BR → pt-BR. A range with
 * q=0 excludes the locales it matches.
 */
export function matchAcceptLanguage(header: string | null | undefined, country?: string | null): Locale | undefined {
  const ranges = parseAcceptLanguage(header);
  const cc = country && /^[a-z]{2}$/i.test(country.trim()) ? country.trim().toUpperCase() : undefined;
  const refused = ranges.filter((r) => r.q === 0).map((r) => r.tag);
  const acceptable = (locale: Locale) => !refused.some((range) => rangeMatches(range, locale));

  const wanted = ranges.filter((r) => r.q > 0);
  // Stable sort: within one quality, `*` moves behind the explicit ranges and the header order is kept.
  const ordered = wanted.sort((a, b) => b.q - a.q || Number(a.tag === "*") - Number(b.tag === "*"));
  for (const range of ordered) {
    const candidates = candidatesFor(range.tag).filter(acceptable);
    if (candidates.length > 0) return breakTie(candidates, cc);
  }
  return undefined;
}
