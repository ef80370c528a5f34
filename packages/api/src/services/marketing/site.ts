// Read-only data of the marketing site: events, partners, sub-processors (P4, P13, P14, P24).
import { schema } from "@abante/db";
import { and, asc, eq, gt, inArray, sql } from "drizzle-orm";
import type { Context } from "../../context";
import { NotFoundError } from "../../errors";

const language = (locale: string) => locale.split("-")[0]!.toLowerCase();

async function sponsorsOf(ctx: Context, eventIds: string[]) {
  if (eventIds.length === 0) return new Map<string, Array<{ name: string; website: string | null }>>();
  const rows = await ctx.db
    .select({
      eventId: schema.eventSponsor.eventId,
      name: schema.eventSponsor.name,
      website: schema.eventSponsor.website,
    })
    .from(schema.eventSponsor)
    .where(inArray(schema.eventSponsor.eventId, eventIds))
    .orderBy(asc(schema.eventSponsor.name));
  const byEvent = new Map<string, Array<{ name: string; website: string | null }>>();
  for (const r of rows)
    byEvent.set(r.eventId, [...(byEvent.get(r.eventId) ?? []), { name: r.name, website: r.website }]);
  return byEvent;
}

async function registrationCounts(ctx: Context, eventIds: string[]) {
  if (eventIds.length === 0) return new Map<string, number>();
  const rows = await ctx.db
    .select({ eventId: schema.eventRegistration.eventId, n: sql<number>`count(*)::int` })
    .from(schema.eventRegistration)
    .where(inArray(schema.eventRegistration.eventId, eventIds))
    .groupBy(schema.eventRegistration.eventId);
  return new Map(rows.map((r) => [r.eventId, Number(r.n)]));
}

type EventRow = typeof schema.event.$inferSelect;

function eventView(
  e: EventRow,
  sponsors: Array<{ name: string; website: string | null }>,
  registered: number,
  now: Date,
) {
  const spotsLeft = e.capacity === null ? null : Math.max(0, e.capacity - registered);
  return {
    slug: e.slug,
    title: e.title,
    summary: e.summary,
    locale: e.locale,
    startsAt: e.startsAt,
    endsAt: e.endsAt,
    online: e.online,
    venue: e.venue,
    city: e.city,
    country: e.country,
    organiserName: e.organiserName,
    sponsors,
    capacity: e.capacity,
    spotsLeft,
    full: spotsLeft === 0,
    registrationOpen: e.startsAt > now && spotsLeft !== 0,
  };
}

/**
 * `marketing.events`: published events that have not ended (P4). Events held in the visitor's country (the given
 * one, else the request's) come first, then the rest; within each group, events in the visitor's language first,
 * then by date, then by slug, so equal events always come in the same order.
 */
export async function listEvents(ctx: Context, input: { locale?: string; country?: string }) {
  const now = ctx.now();
  const rows = await ctx.db
    .select()
    .from(schema.event)
    .where(and(eq(schema.event.published, true), gt(schema.event.endsAt, now)))
    .orderBy(asc(schema.event.startsAt), asc(schema.event.slug))
    .limit(200);
  const country = (input.country ?? ctx.meta.country)?.toUpperCase();
  const lang = language(input.locale ?? ctx.meta.locale);
  const local = (e: EventRow) => (country && e.country?.toUpperCase() === country ? 0 : 1);
  const spoken = (e: EventRow) => (language(e.locale) === lang ? 0 : 1);
  // Array.prototype.sort is stable: ties keep the query's order (date, then slug).
  const sorted = [...rows].sort((a, b) => local(a) - local(b) || spoken(a) - spoken(b));
  const ids = sorted.map((e) => e.id);
  const [sponsors, counts] = await Promise.all([sponsorsOf(ctx, ids), registrationCounts(ctx, ids)]);
  return sorted.map((e) => eventView(e, sponsors.get(e.id) ?? [], counts.get(e.id) ?? 0, now));
}

/** `marketing.event`: one published event, with what the registration form must announce (organiser, sponsors). */
export async function getEvent(ctx: Context, slug: string) {
  const [e] = await ctx.db
    .select()
    .from(schema.event)
    .where(and(eq(schema.event.slug, slug), eq(schema.event.published, true)))
    .limit(1);
  if (!e) throw new NotFoundError("This event does not exist.");
  const [sponsors, counts] = await Promise.all([sponsorsOf(ctx, [e.id]), registrationCounts(ctx, [e.id])]);
  return {
    ...eventView(e, sponsors.get(e.id) ?? [], counts.get(e.id) ?? 0, ctx.now()),
    description: e.description,
    /** The data a registration shares with the organiser and each sponsor (P13): the form says so before submit. */
    sharedData: ["name", "email", "phone", "company"] as const,
  };
}

/**
 * `marketing.partners`: active partners serving a country (the given one, else the visitor's), by name. Without any
 * country, every active partner. Contact details stay private: a prospect is introduced through the referral form.
 */
export async function listPartners(ctx: Context, input: { country?: string }) {
  const country = input.country ?? ctx.meta.country;
  const rows = await ctx.db
    .select({
      id: schema.partner.id,
      name: schema.partner.name,
      website: schema.partner.website,
      city: schema.partner.city,
      countries: schema.partner.countries,
      languages: schema.partner.languages,
      description: schema.partner.description,
    })
    .from(schema.partner)
    .where(
      and(eq(schema.partner.active, true), country ? sql`${country} = any(${schema.partner.countries})` : undefined),
    )
    .orderBy(asc(schema.partner.name))
    .limit(500);
  return { country: country ?? null, partners: rows };
}

/** `marketing.subprocessors` (P24): the published list. */
export async function listSubprocessors(ctx: Context) {
  return ctx.db
    .select({
      name: schema.subprocessor.name,
      purpose: schema.subprocessor.purpose,
      dataCategories: schema.subprocessor.dataCategories,
      location: schema.subprocessor.location,
      dpaSignedAt: schema.subprocessor.dpaSignedAt,
      website: schema.subprocessor.website,
    })
    .from(schema.subprocessor)
    .where(eq(schema.subprocessor.active, true))
    .orderBy(asc(schema.subprocessor.name));
}
