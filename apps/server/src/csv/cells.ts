// How single values are written to and read from a CSV cell.

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return before one) as a formula: a CSV
 * built from data that anyone may have typed (a contact's name from a web form) could make the customer's
 * spreadsheet fetch URLs or run commands (CSV injection, OWASP). Such a cell is written with a leading apostrophe,
 * which spreadsheets treat as "text". Apostrophes already in front of a trigger get one more, so that
 * `unescapeCell` restores every value exactly, and an export imports back unchanged.
 */
const FORMULA = /^'*[=+\-@\t\r]/;

export function escapeCell(value: string): string {
  return FORMULA.test(value) ? `'${value}` : value;
}

/** The inverse of `escapeCell`: drops the one apostrophe it added. */
export function unescapeCell(value: string): string {
  return value.startsWith("'") && FORMULA.test(value) ? value.slice(1) : value;
}

/** Lists (tags, extra e-mails and phones) share one cell, joined like this. */
export const LIST_SEPARATOR = "; ";

export function joinList(values: readonly string[]): string {
  return values.join(LIST_SEPARATOR);
}

/**
 * A list cell back into values. Our own exports use ";", other tools often ","; a cell with a ";" is split on ";"
 * only, so a value that contains a comma (a tag "north, east") survives the round trip. Blank items are dropped.
 */
export function splitList(cell: string): string[] {
  const parts = cell.includes(";") ? cell.split(";") : cell.split(/[,\n]/);
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

const TRUE = new Set([
  "true",
  "yes",
  "y",
  "1",
  "x",
  "on",
  "opt-in",
  "optin",
  "subscribed",
  "oui",
  "ja",
  "si",
  "sí",
  "sim",
  "verdadero",
  "vrai",
  "wahr",
  "✓",
  "✔",
]);
const FALSE = new Set([
  "false",
  "no",
  "n",
  "0",
  "off",
  "",
  "-",
  "opt-out",
  "optout",
  "unsubscribed",
  "non",
  "nein",
  "não",
  "nao",
  "falso",
  "faux",
]);

/** A yes/no cell; undefined when it is neither. */
export function parseBoolean(cell: string): boolean | undefined {
  const v = cell.trim().toLowerCase();
  if (TRUE.has(v)) return true;
  if (FALSE.has(v)) return false;
  return undefined;
}

/**
 * A date or date-time cell (ISO 8601 as we export it, or what a spreadsheet may turn it into); undefined when it
 * cannot be read or lies outside years 1000–9999 (the database and every spreadsheet agree on those).
 */
export function parseTimestamp(cell: string): Date | undefined {
  const v = cell.trim();
  if (!v) return undefined;
  const ms = Date.parse(v);
  if (Number.isNaN(ms)) return undefined;
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  return year >= 1000 && year <= 9999 ? d : undefined;
}

/**
 * A domain as people paste it ("https://www.example.com/about") reduced to what the company form expects
 * ("www.example.com"). Anything else is left for the validator to judge.
 */
export function normalizeDomain(cell: string): string {
  let v = cell.trim().toLowerCase();
  v = v.replace(/^[a-z][a-z0-9+.-]*:\/\//, "");
  v = v.replace(/[/?#].*$/, "");
  v = v.replace(/:\d+$/, "");
  return v.replace(/\.$/, "");
}
