// Inputs of the public marketing-site procedures. The site's form islands can import these through @abante/api.
import { locales } from "@abante/i18n";
import { companyName, email, personName, phone } from "@abante/validators";
import { z } from "zod";

/** 13–19 digits, spaces or dashes allowed between them, passing the Luhn check: a payment card number (P3). */
export function containsCardNumber(text: string): boolean {
  for (const match of text.matchAll(/\d(?:[ -]?\d){12,18}/g)) {
    const digits = match[0].replace(/\D/g, "");
    let sum = 0;
    for (let i = 0; i < digits.length; i++) {
      let d = Number(digits[digits.length - 1 - i]);
      if (i % 2 === 1) {
        d *= 2;
        if (d > 9) d -= 9;
      }
      sum += d;
    }
    if (sum % 10 === 0) return true;
  }
  return false;
}

const CARD_MESSAGE = "Please remove the card number: we never accept payment card details here.";
const noCard = <T extends z.ZodType<string | null | undefined>>(schema: T) =>
  schema.refine((v) => !v || !containsCardNumber(v), CARD_MESSAGE);

/** The bot-check proof: the ALTCHA widget's payload (or a reCAPTCHA token where the operator configured it). */
export const botProof = z.string().max(4096).optional();

const message = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters.`)
    .transform((v) => (v === "" ? null : v));

const optionalPhone = phone.optional().transform((v) => v ?? null);
const countryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, "Choose a country.");

export const slugInput = z.object({ slug: z.string().trim().min(1).max(120) });

export const contactSalesInput = z.object({
  name: noCard(personName),
  email,
  company: noCard(companyName),
  phone: optionalPhone,
  message: noCard(
    z.string().trim().min(1, "Tell us what you would like to talk about.").max(5000, "Use at most 5000 characters."),
  ),
  altcha: botProof,
});

export const registerEventInput = z.object({
  slug: z.string().trim().min(1).max(120),
  name: noCard(personName),
  email,
  phone: optionalPhone,
  company: noCard(companyName),
  altcha: botProof,
});

export const partnerRequestInput = z.object({
  name: noCard(personName),
  email,
  phone: optionalPhone,
  company: noCard(companyName),
  message: noCard(message(5000)).optional(),
  /** Defaults to the visitor's geolocated country. */
  country: countryCode.optional(),
  altcha: botProof,
});

export const privacyRequestKinds = ["access", "rectification", "erasure", "objection"] as const;

export const privacyRequestInput = z.object({
  email,
  kind: z.enum(privacyRequestKinds, { error: "Choose what you would like us to do." }),
  message: noCard(message(5000)).optional(),
  altcha: botProof,
});

/**
 * The site's on-demand pages pass the visitor's `country` (and `locale`): they fetch through this server, which sees
 * its own address, not the visitor's. Without them the request's own country and locale apply.
 */
export const eventsInput = z
  .object({ locale: z.enum(locales).optional(), country: countryCode.optional() })
  .optional()
  .transform((v) => v ?? {});

export const partnersInput = z
  .object({ country: countryCode.optional() })
  .optional()
  .transform((v) => v ?? {});

export const pricingInput = partnersInput;
