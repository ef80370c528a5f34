// Values the forms show (choices, length limits) without the schemas: this module does not import zod, so a page can
// show a form's options and hints at once and fetch the schema (with zod) only when the form is used.

/** Business sectors offered at sign-up (P1). Keys are stable; labels live in the UI catalogs. */
export const businessSectors = [
  "agency",
  "consulting",
  "education",
  "finance",
  "healthcare",
  "hospitality",
  "manufacturing",
  "nonprofit",
  "public-sector",
  "real-estate",
  "retail",
  "software",
  "wholesale",
  "other",
] as const;
export type BusinessSector = (typeof businessSectors)[number];

/** What interests the person in the product (P1), a multi-select. */
export const interests = ["contacts", "deals", "messages", "files", "team", "privacy", "import", "api"] as const;
export type Interest = (typeof interests)[number];

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

/** The languages an account can choose for its e-mails and pages (the five of the site). */
export const profileLocales = ["en", "es", "pt-BR", "fr", "de"] as const;
