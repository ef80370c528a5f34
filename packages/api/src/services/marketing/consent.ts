// P31: cookie consent, recorded server-side as proof.
import { randomBytes } from "node:crypto";
import { schema } from "@abante/db";
import { consentRenewalCutoff, POLICY_VERSION } from "@abante/privacy";
import { desc, eq } from "drizzle-orm";
import { z } from "zod";
import type { Context } from "../../context";
import { ValidationError } from "../../errors";

/**
 * Where non-necessary cookies need an opt-in before they are set: the EU and EEA (GDPR + ePrivacy), the UK, Switzerland
 * and Brazil (LGPD). An unknown country is treated the same way. Elsewhere the banner is a notice with an opt-out.
 */
export const OPT_IN_COUNTRIES: ReadonlySet<string> = new Set([
  // EU 27
  "AT",
  "BE",
  "BG",
  "HR",
  "CY",
  "CZ",
  "DK",
  "EE",
  "FI",
  "FR",
  "DE",
  "GR",
  "HU",
  "IE",
  "IT",
  "LV",
  "LT",
  "LU",
  "MT",
  "NL",
  "PL",
  "PT",
  "RO",
  "SK",
  "SI",
  "ES",
  "SE",
  // EEA
  "IS",
  "LI",
  "NO",
  "GB",
  "CH",
  "BR",
]);

export function optInRequired(country: string | null | undefined): boolean {
  return !country || OPT_IN_COUNTRIES.has(country.toUpperCase());
}

export const consentMethods = ["accept_all", "reject_all", "custom", "gpc", "withdraw"] as const;
export type ConsentMethod = (typeof consentMethods)[number];

export const consentRecordInput = z.object({
  preferences: z.boolean().default(false),
  analytics: z.boolean().default(false),
  marketing: z.boolean().default(false),
  method: z.enum(consentMethods),
  /** A hash of the banner text the visitor saw (the site computes it at build time). */
  bannerVersion: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9._:-]{4,128}$/, "Send the banner version hash."),
});
export type ConsentRecordInput = z.infer<typeof consentRecordInput>;

/** The random id in the necessary `abante_consent` cookie: 144 bits, URL-safe. */
const CONSENT_ID = /^[A-Za-z0-9_-]{16,64}$/;
const newConsentId = () => randomBytes(18).toString("base64url");

export interface ConsentCategories {
  necessary: true;
  preferences: boolean;
  analytics: boolean;
  marketing: boolean;
}

const NOTHING: ConsentCategories = { necessary: true, preferences: false, analytics: false, marketing: false };

export interface ConsentState {
  /** The visitor's latest recorded decision, or null when they never decided (or lost the cookie). */
  consent: {
    consentId: string;
    preferences: boolean;
    analytics: boolean;
    marketing: boolean;
    method: ConsentMethod;
    bannerVersion: string;
    policyVersion: string;
    decidedAt: Date;
  } | null;
  /** The decision is older than 12 months or was made under another policy version: ask again. */
  askAgain: boolean;
  /** Show the banner: no decision yet, or askAgain. */
  showBanner: boolean;
  /**
   * What may run now. Nothing but necessary cookies until the visitor decides (in every region), never analytics or
   * marketing while the browser sends Global Privacy Control, and nothing from a decision that must be renewed.
   */
  effective: ConsentCategories;
  /** The browser sent Sec-GPC: 1. */
  gpc: boolean;
  /** The visitor's region needs an opt-in (EU/EEA, UK, CH, BR, unknown); elsewhere a notice with opt-out suffices. */
  optInRequired: boolean;
  country: string | null;
  policyVersion: string;
}

type Row = typeof schema.consentRecord.$inferSelect;

function stateOf(ctx: Context, row: Row | null): ConsentState {
  const gpc = ctx.meta.gpc;
  const askAgain =
    row !== null && (row.createdAt < consentRenewalCutoff(ctx.now()) || row.policyVersion !== POLICY_VERSION);
  const valid = row !== null && !askAgain;
  return {
    consent: row && {
      consentId: row.consentId,
      preferences: row.preferences,
      analytics: row.analytics,
      marketing: row.marketing,
      method: row.method,
      bannerVersion: row.bannerVersion,
      policyVersion: row.policyVersion,
      decidedAt: row.createdAt,
    },
    askAgain,
    showBanner: row === null || askAgain,
    effective: valid
      ? {
          necessary: true,
          preferences: row.preferences,
          analytics: row.analytics && !gpc,
          marketing: row.marketing && !gpc,
        }
      : NOTHING,
    gpc,
    optInRequired: optInRequired(ctx.meta.country),
    country: ctx.meta.country,
    policyVersion: POLICY_VERSION,
  };
}

async function latest(ctx: Context, consentId: string): Promise<Row | null> {
  const [row] = await ctx.db
    .select()
    .from(schema.consentRecord)
    .where(eq(schema.consentRecord.consentId, consentId))
    .orderBy(desc(schema.consentRecord.createdAt), desc(schema.consentRecord.id))
    .limit(1);
  return row ?? null;
}

function cookieId(ctx: Context): string | null {
  const value = ctx.consentCookie.get();
  return value && CONSENT_ID.test(value) ? value : null;
}

/** `consent.current`: the visitor's latest decision and what it allows now. */
export async function currentConsent(ctx: Context): Promise<ConsentState> {
  const id = cookieId(ctx);
  return stateOf(ctx, id ? await latest(ctx, id) : null);
}

/**
 * `consent.record`: stores one decision as proof (consent id, categories, banner version, policy version, country,
 * GPC, method, time; no IP) and (re)sets the necessary cookie, so its 12 months run from the latest decision.
 * "Accept all" and "Reject all" set every category; "withdraw" is a decision with everything off. Global Privacy
 * Control turns analytics and marketing off whatever was clicked; `method: "gpc"` records a decision the site took
 * on the browser's signal alone, and is refused without that signal.
 */
export async function recordConsent(ctx: Context, input: ConsentRecordInput): Promise<ConsentState> {
  const gpc = ctx.meta.gpc;
  if (input.method === "gpc" && !gpc) {
    throw new ValidationError("This browser does not send Global Privacy Control.", {
      method: ["This browser does not send Global Privacy Control."],
    });
  }
  let { preferences, analytics, marketing } = input;
  if (input.method === "accept_all") preferences = analytics = marketing = true;
  if (input.method === "reject_all" || input.method === "withdraw") preferences = analytics = marketing = false;
  if (gpc) analytics = marketing = false;

  const consentId = cookieId(ctx) ?? newConsentId();
  const [row] = await ctx.db
    .insert(schema.consentRecord)
    .values({
      consentId,
      preferences,
      analytics,
      marketing,
      method: input.method,
      bannerVersion: input.bannerVersion,
      policyVersion: POLICY_VERSION,
      country: ctx.meta.country,
      gpc,
      createdAt: ctx.now(),
    })
    .returning();
  ctx.consentCookie.set(consentId);
  return stateOf(ctx, row!);
}
