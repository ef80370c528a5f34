// The public forms of the marketing site (P2, P13, P14, P22). Each one checks the bot proof first, inside its
// transaction: a refused form writes nothing, and an accepted proof is spent together with the form's rows.
import { createHash } from "node:crypto";
import { type DbOrTx, schema, type Tx } from "@abante/db";
import { retention } from "@abante/privacy";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Context } from "../../context";
import { ConflictError, NotFoundError, ValidationError } from "../../errors";
import { BOT_CHECK_MESSAGES, type BotCheck, processPow } from "../../pow";
import type { contactSalesInput, partnerRequestInput, privacyRequestInput, registerEventInput } from "./inputs";

const DAY_MS = 24 * 3600 * 1000;

/** The bot check of this request: the server's configured one, or the process's own proof of work (dev, tests). */
export function botCheckOf(ctx: Context): BotCheck {
  return (ctx as Context & { botCheck?: BotCheck }).botCheck ?? processPow();
}

/** P7: refuses the form (BAD_REQUEST on the `altcha` field) unless the bot proof is valid and unused. */
export async function requireBotCheck(ctx: Context, db: DbOrTx, proof: string | undefined): Promise<void> {
  const check = botCheckOf(ctx);
  const verdict = await check.verify(db, proof, { now: ctx.now(), ip: ctx.meta.ip });
  if (verdict.ok) return;
  const message = BOT_CHECK_MESSAGES[verdict.reason];
  throw new ValidationError(message, { altcha: [message] });
}

/** SHA-256 of the lower-cased address: finds disclosure rows for a data-subject request without a second copy. */
export const emailHash = (email: string) => createHash("sha256").update(email.trim().toLowerCase()).digest("hex");

const sharedCategories = (input: { phone: string | null }) =>
  ["name", "email", ...(input.phone ? ["phone"] : []), "company"] as string[];

type PartnerRequestInput = z.infer<typeof partnerRequestInput>;

/** P14: what a referral passes to the partner. The disclosure row and the partner's mail are both made from this. */
function referralCategories(input: PartnerRequestInput): string[] {
  return [...sharedCategories(input), ...(input.message ? ["message"] : [])];
}

/**
 * The prospect's details in the partner's mail: exactly the disclosed categories, so the mail never carries more
 * than the disclosure register says was shared (and the register never claims more than was sent).
 */
function referralMailDetails(input: PartnerRequestInput, categories: readonly string[]) {
  const shared = new Set(categories);
  const pick = (category: string, value: string | null | undefined) =>
    shared.has(category) && value ? value : undefined;
  return {
    prospectName: pick("name", input.name) ?? "",
    prospectEmail: pick("email", input.email) ?? "",
    prospectCompany: pick("company", input.company) ?? "",
    prospectPhone: pick("phone", input.phone),
    prospectMessage: pick("message", input.message),
  };
}

/** P2: "talk to sales" → a lead. */
export async function contactSales(ctx: Context, input: z.infer<typeof contactSalesInput>) {
  await ctx.db.transaction(async (tx) => {
    await requireBotCheck(ctx, tx, input.altcha);
    await tx.insert(schema.lead).values({
      source: "contact_sales",
      name: input.name,
      email: input.email,
      company: input.company,
      phone: input.phone,
      message: input.message,
      country: ctx.meta.country,
      locale: ctx.meta.locale,
      createdAt: ctx.now(),
    });
  });
  return { received: true as const };
}

/**
 * P13: registers for an event and records one disclosure per recipient (the organiser and each sponsor), as the
 * form announced before submit. The event row is locked, so capacity and duplicates hold under concurrency.
 */
export async function registerEvent(ctx: Context, input: z.infer<typeof registerEventInput>) {
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    await requireBotCheck(ctx, tx, input.altcha);
    const [event] = await tx
      .select()
      .from(schema.event)
      .where(and(eq(schema.event.slug, input.slug), eq(schema.event.published, true)))
      .for("update");
    if (!event) throw new NotFoundError("This event does not exist.");
    if (event.startsAt <= now) throw new ConflictError("Registration for this event has closed.");
    const [already] = await tx
      .select({ id: schema.eventRegistration.id })
      .from(schema.eventRegistration)
      .where(
        and(
          eq(schema.eventRegistration.eventId, event.id),
          sql`lower(${schema.eventRegistration.email}) = ${input.email.toLowerCase()}`,
        ),
      );
    if (already) {
      throw new ConflictError("You are already registered for this event with this e-mail address. See you there!");
    }
    if (event.capacity !== null) {
      const [count] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(schema.eventRegistration)
        .where(eq(schema.eventRegistration.eventId, event.id));
      if (Number(count?.n ?? 0) >= event.capacity) throw new ConflictError("Sorry, this event is full.");
    }
    const [registration] = await tx
      .insert(schema.eventRegistration)
      .values({
        eventId: event.id,
        name: input.name,
        email: input.email,
        phone: input.phone,
        company: input.company,
        locale: ctx.meta.locale,
        country: ctx.meta.country,
        createdAt: now,
      })
      .returning({ id: schema.eventRegistration.id });
    const sponsors = await tx
      .select({ id: schema.eventSponsor.id, name: schema.eventSponsor.name })
      .from(schema.eventSponsor)
      .where(eq(schema.eventSponsor.eventId, event.id));
    const recipients = [
      { recipientKind: "organiser", recipientId: null, recipientName: event.organiserName },
      ...sponsors.map((s) => ({ recipientKind: "sponsor", recipientId: s.id, recipientName: s.name })),
    ];
    const dataCategories = sharedCategories(input);
    await tx.insert(schema.disclosure).values(
      recipients.map((r) => ({
        ...r,
        subjectKind: "event_registration",
        subjectId: registration!.id,
        subjectEmailHash: emailHash(input.email),
        dataCategories,
        basis: "consent (registration form notice)",
        purpose: `Registration for the event "${event.title}" (${event.slug})`,
        createdAt: now,
      })),
    );
    return {
      registered: true as const,
      event: { slug: event.slug, title: event.title, startsAt: event.startsAt },
      sharedWith: recipients.map((r) => ({ kind: r.recipientKind, name: r.recipientName })),
    };
  });
}

type Partner = typeof schema.partner.$inferSelect;

/**
 * Fair rotation among the active partners serving a country: the one assigned least recently (never first), ties by
 * name. Every candidate row is locked, so concurrent requests queue; the rows come back with their latest values
 * after the wait, and the choice is made on those (the SQL sort ran before the wait).
 */
async function nextPartner(tx: Tx, country: string, now: Date): Promise<{ partner: Partner; at: Date } | null> {
  const candidates = await tx
    .select()
    .from(schema.partner)
    .where(and(eq(schema.partner.active, true), sql`${country} = any(${schema.partner.countries})`))
    .orderBy(schema.partner.id)
    .for("update");
  if (candidates.length === 0) return null;
  const time = (p: Partner) => p.lastAssignedAt?.getTime() ?? Number.NEGATIVE_INFINITY;
  candidates.sort((a, b) => time(a) - time(b) || a.name.localeCompare(b.name, "en") || a.id.localeCompare(b.id));
  // Strictly later than every candidate's last turn, so the order holds even when the clock stands still.
  const latest = Math.max(...candidates.map(time));
  const at = new Date(Math.max(now.getTime(), Number.isFinite(latest) ? latest + 1 : now.getTime()));
  return { partner: candidates[0]!, at };
}

/**
 * P14: "have a local partner contact me". Keeps a lead, refers it to a partner serving the country by fair
 * rotation, records the referral and the disclosure, and tells the partner by e-mail (in the first language the
 * partner lists, else English) once the transaction has committed. Without a partner for the country the lead stays
 * with Abante and no mail goes out.
 */
export async function partnerRequest(ctx: Context, input: PartnerRequestInput) {
  const now = ctx.now();
  const country = input.country ?? ctx.meta.country;
  const result = await ctx.db.transaction(async (tx) => {
    await requireBotCheck(ctx, tx, input.altcha);
    const [lead] = await tx
      .insert(schema.lead)
      .values({
        source: "partner_request",
        name: input.name,
        email: input.email,
        company: input.company,
        phone: input.phone,
        message: input.message ?? null,
        country,
        locale: ctx.meta.locale,
        createdAt: now,
      })
      .returning({ id: schema.lead.id });
    const next = country ? await nextPartner(tx, country, now) : null;
    if (!next) return { leadId: lead!.id, partner: null };
    const { partner, at } = next;
    await tx.update(schema.partner).set({ lastAssignedAt: at }).where(eq(schema.partner.id, partner.id));
    await tx.insert(schema.partnerReferral).values({ partnerId: partner.id, leadId: lead!.id, createdAt: now });
    await tx.insert(schema.disclosure).values({
      recipientKind: "partner",
      recipientId: partner.id,
      recipientName: partner.name,
      subjectKind: "lead",
      subjectId: lead!.id,
      subjectEmailHash: emailHash(input.email),
      dataCategories: referralCategories(input),
      basis: "consent (partner request form)",
      purpose: `Referral to a local partner serving ${country}`,
      createdAt: now,
    });
    return { leadId: lead!.id, partner };
  });
  if (!result.partner) return { assigned: false as const, country: country ?? null };
  const partner = result.partner;
  const leadId = result.leadId;
  ctx.log.info({ partnerId: partner.id, leadId }, "partner referral recorded; mailing the partner");
  // After the commit and off the response: the outbox keeps the mail (and a delivery error) either way, and a slow
  // mail server must not hold the visitor's form. The log names ids only.
  void ctx.mailer
    .send({
      to: partner.email,
      kind: "partner_referral",
      locale: partner.languages[0] ?? "en",
      params: { name: partner.name, ...referralMailDetails(input, referralCategories(input)) },
    })
    .catch((err: unknown) =>
      ctx.log.error(
        { partnerId: partner.id, leadId, err: err instanceof Error ? err.message : String(err) },
        "partner referral mail failed",
      ),
    );
  return {
    assigned: true as const,
    country: country ?? null,
    partner: { name: partner.name, city: partner.city, website: partner.website },
  };
}

/**
 * P22 entry point: a data-subject request from someone without an account. Stored as received, due in 30 days;
 * F6 verifies the address and processes it. The answer is the same whether or not a request was already open, so
 * the form reveals nothing about who has asked what.
 */
export async function privacyRequest(ctx: Context, input: z.infer<typeof privacyRequestInput>) {
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    await requireBotCheck(ctx, tx, input.altcha);
    const [open] = await tx
      .select({ id: schema.dsrRequest.id })
      .from(schema.dsrRequest)
      .where(
        and(
          sql`lower(${schema.dsrRequest.subjectEmail}) = ${input.email.toLowerCase()}`,
          eq(schema.dsrRequest.kind, input.kind),
          inArray(schema.dsrRequest.status, ["received", "verified", "in_progress"]),
        ),
      )
      .limit(1);
    if (open) return;
    await tx.insert(schema.dsrRequest).values({
      kind: input.kind,
      status: "received",
      subjectEmail: input.email,
      message: input.message ?? null,
      dueAt: new Date(now.getTime() + retention.dsrDeadlineDays * DAY_MS),
      createdAt: now,
    });
  });
  return { received: true as const };
}
