import { z } from "zod";

import { businessSectors, interests, PASSWORD_MAX, PASSWORD_MIN, profileLocales } from "./constants";

export {
  type BusinessSector,
  businessSectors,
  type Interest,
  interests,
  PASSWORD_MAX,
  PASSWORD_MIN,
  profileLocales,
} from "./constants";

export const email = z
  .string()
  .trim()
  .max(254, "Use at most 254 characters.")
  .pipe(z.email("Enter a valid email address."));

/** Length rules only (ASVS 2.1.1/2.1.2); the common-password check runs on the server (and lazily in the form). */
export const password = z
  .string()
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`);

export const personName = z.string().trim().min(1, "Enter your name.").max(120, "Use at most 120 characters.");
export const companyName = z
  .string()
  .trim()
  .min(1, "Enter your company's name.")
  .max(160, "Use at most 160 characters.");

/** Optional phone: digits, spaces and + ( ) - . only, 6–20 digits. Empty means none. */
export const phone = z
  .string()
  .trim()
  .max(32, "Use at most 32 characters.")
  .refine((v) => v === "" || /^\+?[0-9 ().-]+$/.test(v), "Use digits, spaces and + ( ) - . only.")
  .refine((v) => {
    const digits = v.replace(/\D/g, "").length;
    return v === "" || (digits >= 6 && digits <= 20);
  }, "Enter between 6 and 20 digits.")
  .transform((v) => (v === "" ? null : v));

export const businessSector = z.enum(businessSectors, { error: "Choose a business sector." });
export const interestList = z
  .array(z.enum(interests, { error: "Choose from the listed interests." }))
  .max(interests.length)
  .transform((v) => [...new Set(v)]);

/** P1: exactly what sign-up collects. Locale and country come from the request, never from the form. */
export const signUpInput = z.object({
  name: personName,
  companyName,
  email,
  password,
  phone: phone.optional().transform((v) => v ?? null),
  businessSector,
  interests: interestList.default([]),
});
export type SignUpInput = z.input<typeof signUpInput>;

/**
 * What `auth.signUp` takes: the registration data plus the bot-check proof (P7) that every public form carries, the
 * ALTCHA widget's payload (or a reCAPTCHA token where the operator configured it). The proof is checked and
 * dropped, never stored.
 */
export const signUpRequestInput = signUpInput.extend({
  altcha: z.string().max(4096, "The verification failed. Please try again.").optional(),
});
export type SignUpRequestInput = z.input<typeof signUpRequestInput>;

export const signInInput = z.object({
  email,
  password: z.string().min(1, "Enter your password.").max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`),
});

/** A one-time token from an e-mailed link. */
export const tokenInput = z.object({
  token: z
    .string()
    .trim()
    .min(20, "This link is not valid.")
    .max(200, "This link is not valid.")
    .regex(/^[a-z2-7]+$/, "This link is not valid."),
});

export const requestPasswordResetInput = z.object({ email });
export const resetPasswordInput = tokenInput.extend({ password });

export const updateProfileInput = z.object({
  name: personName,
  companyName,
  phone: phone.optional().transform((v) => v ?? null),
  businessSector,
  interests: interestList,
  locale: z.enum(profileLocales, { error: "Choose a supported language." }),
});

export const changeEmailInput = z.object({
  newEmail: email,
  password: z.string().min(1, "Enter your current password.").max(PASSWORD_MAX),
});

export const changePasswordInput = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password.").max(PASSWORD_MAX),
    newPassword: password,
  })
  .refine((v) => v.currentPassword !== v.newPassword, {
    path: ["newPassword"],
    message: "Choose a password different from the current one.",
  });

export const marketingInput = z.object({ optIn: z.boolean() });
export const sessionIdInput = z.object({ id: z.string().regex(/^[0-9a-f]{64}$/, "Unknown session.") });
