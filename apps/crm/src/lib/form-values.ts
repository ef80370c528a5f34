// Reshaping helpers for createForm's `prepare`: the controls give strings, the shared schemas take lists, booleans,
// numbers and nulls. They reshape only; the schema still decides what is valid.

/** "a, b\nc" → ["a", "b", "c"]: tags (commas) and extra addresses (one per line, or commas). */
export function splitList(value: unknown): string[] {
  if (typeof value !== "string") return [];
  return value
    .split(/[,\n]/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** The "none" choice of a select or picker ("") → null, so an optional link is cleared rather than invalid. */
export const orNull = (value: unknown) => (value === "" || value === undefined || value === null ? null : value);

/** A checkbox: FormData holds "on" when ticked and nothing when not. */
export const ticked = (value: unknown) => value === "on" || value === "true";

/** A number control: "" stays "" so the schema names what is missing; digits become a number. */
export function toNumber(value: unknown): unknown {
  if (typeof value !== "string" || value.trim() === "") return value;
  const number = Number(value);
  return Number.isFinite(number) ? number : value;
}

/** <input type="datetime-local"> (the browser's time zone) → a Date; anything else is left for the schema. */
export function localDateTime(value: unknown): unknown {
  if (typeof value !== "string" || value === "") return value;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date;
}
