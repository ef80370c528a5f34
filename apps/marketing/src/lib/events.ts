import type { Locale, Translate } from "@abante/i18n";
import type { EventSummary } from "./api";
import { countryName } from "./visitor";

/** Slugs as the events table keeps them; anything else is a 404 without asking the API. */
export function isEventSlug(slug: string): boolean {
  return /^[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?$/i.test(slug);
}

/** Start date and time in UTC (the event table has no time zone of its own; the page says so). */
export function eventDate(event: Pick<EventSummary, "startsAt" | "endsAt">, locale: Locale): string {
  const format = new Intl.DateTimeFormat(locale, { dateStyle: "full", timeStyle: "short", timeZone: "UTC" });
  return format.formatRange(event.startsAt, event.endsAt);
}

export function eventPlace(
  event: Pick<EventSummary, "online" | "venue" | "city" | "country">,
  locale: Locale,
  t: Translate,
): string {
  if (event.online) return t("events.online");
  const parts = [event.venue, event.city, event.country ? countryName(event.country, locale) : null];
  return parts.filter((p): p is string => !!p).join(", ") || t("events.online");
}
