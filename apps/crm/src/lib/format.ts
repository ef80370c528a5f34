// Small display formatters. They take the locale as a parameter so that the i18n catalogs can drive them later;
// "en" until then.

const DASH = "—";

/** A duration in seconds as its two largest units: "45 s", "5 min 3 s", "2 h 5 min", "3 d 4 h". */
export function formatDuration(totalSeconds: number): string {
  if (!Number.isFinite(totalSeconds) || totalSeconds < 0) return DASH;
  const seconds = Math.floor(totalSeconds);
  const units: [number, string][] = [
    [Math.floor(seconds / 86_400), "d"],
    [Math.floor(seconds / 3_600) % 24, "h"],
    [Math.floor(seconds / 60) % 60, "min"],
    [seconds % 60, "s"],
  ];
  const first = units.findIndex(([value]) => value > 0);
  if (first === -1) return "0 s";
  return units
    .slice(first, first + 2)
    .filter(([value]) => value > 0)
    .map(([value, unit]) => `${value} ${unit}`)
    .join(" ");
}

const RELATIVE_STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["second", 60],
  ["minute", 60],
  ["hour", 24],
  ["day", 7],
  ["week", 4.345],
  ["month", 12],
  ["year", Number.POSITIVE_INFINITY],
];

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

/**
 * `date` relative to `now`: "now", "12 seconds ago", "3 hours ago", "yesterday", "in 2 minutes".
 * `now` is a parameter so that callers can measure against the server's clock instead of the browser's.
 */
export function formatRelativeTime(date: Date | null, now: Date, locale = "en"): string {
  if (date === null) return "never";
  if (Number.isNaN(date.getTime()) || Number.isNaN(now.getTime())) return DASH;
  let format = relativeFormats.get(locale);
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
    relativeFormats.set(locale, format);
  }
  let value = (date.getTime() - now.getTime()) / 1000;
  for (const [unit, size] of RELATIVE_STEPS) {
    if (Math.abs(value) < size) return format.format(Math.trunc(value), unit);
    value /= size;
  }
  return DASH;
}

/** Database round trip: "<1 ms" below a millisecond, one decimal below 10 ms, whole milliseconds above. */
export function formatLatency(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return DASH;
  if (ms < 1) return "<1 ms";
  if (ms < 10) return `${(Math.round(ms * 10) / 10).toString()} ms`;
  return `${Math.round(ms)} ms`;
}

export function formatCount(value: number, locale = "en"): string {
  return new Intl.NumberFormat(locale).format(value);
}

export function formatDateTime(date: Date, locale = "en"): string {
  if (Number.isNaN(date.getTime())) return DASH;
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "medium" }).format(date);
}

export function formatTime(date: Date, locale = "en"): string {
  if (Number.isNaN(date.getTime())) return DASH;
  return new Intl.DateTimeFormat(locale, { timeStyle: "medium" }).format(date);
}

export function formatDate(date: Date, locale = "en"): string {
  if (Number.isNaN(date.getTime())) return DASH;
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium" }).format(date);
}

const BYTE_UNITS = ["bytes", "kB", "MB", "GB", "TB"];

/** 1536 → "1.5 kB" (decimal units, as file managers show them). */
export function formatBytes(bytes: number, locale = "en"): string {
  if (!Number.isFinite(bytes) || bytes < 0) return DASH;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < BYTE_UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)} ${BYTE_UNITS[unit]}`;
}

/** A calendar date stored as "YYYY-MM-DD", shown without a time-zone shift. */
export function formatIsoDate(value: string | null, locale = "en"): string {
  if (!value) return DASH;
  const [y, m, d] = value.split("-").map(Number);
  if (!y || !m || !d) return value;
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/** The singular of one of the app's plural nouns: "activities" → "activity", "companies" → "company", "deals" → "deal". */
export function singular(plural: string): string {
  return plural.endsWith("ies") ? `${plural.slice(0, -3)}y` : plural.replace(/s$/, "");
}

/** A count with its noun, in the singular for one: "1 contact", "1,200 contacts", "0 companies". */
export function counted(count: number, plural: string, locale = "en"): string {
  return `${formatCount(count, locale)} ${count === 1 ? singular(plural) : plural}`;
}

/** A person's name from its parts. */
export const personName = (first: string | null | undefined, last: string | null | undefined) =>
  [first, last].filter(Boolean).join(" ");

/** A Date as the value of an <input type="datetime-local">, in the browser's time zone. */
export function toDateTimeLocal(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
