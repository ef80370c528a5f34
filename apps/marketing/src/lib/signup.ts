// What the sign-up form offers (P1), mirroring `signUpInput` in @abante/validators: the form's field names are that
// schema's keys, and the option values are its enums (a test compares them). Labels come from the catalogs.
import type { MessageKey } from "@abante/i18n";

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

export const interests = ["contacts", "deals", "messages", "files", "team", "privacy", "import", "api"] as const;

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

export const sectorLabel = {
  agency: "sector.agency",
  consulting: "sector.consulting",
  education: "sector.education",
  finance: "sector.finance",
  healthcare: "sector.healthcare",
  hospitality: "sector.hospitality",
  manufacturing: "sector.manufacturing",
  nonprofit: "sector.nonprofit",
  "public-sector": "sector.publicSector",
  "real-estate": "sector.realEstate",
  retail: "sector.retail",
  software: "sector.software",
  wholesale: "sector.wholesale",
  other: "sector.other",
} as const satisfies Record<(typeof businessSectors)[number], MessageKey>;

export const interestLabel = {
  contacts: "interest.contacts",
  deals: "interest.deals",
  messages: "interest.messages",
  files: "interest.files",
  team: "interest.team",
  privacy: "interest.privacy",
  import: "interest.import",
  api: "interest.api",
} as const satisfies Record<(typeof interests)[number], MessageKey>;

/** The data-subject request kinds (P22), as the API names them. */
export const requestKinds = ["access", "rectification", "erasure", "objection"] as const;
