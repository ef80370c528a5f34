// What the sign-up form offers (P1), as `signUpInput` in @abante/validators accepts it: the form's field names are
// that schema's keys (a test compares them), the options and limits its own constants. Labels come from the catalogs.
import type { MessageKey } from "@abante/i18n";
import type { BusinessSector, Interest } from "@abante/validators/constants";

// The choices and limits themselves come from the API's own module of them, which does not load zod.
export { businessSectors, interests, PASSWORD_MAX, PASSWORD_MIN } from "@abante/validators/constants";

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
} as const satisfies Record<BusinessSector, MessageKey>;

export const interestLabel = {
  contacts: "interest.contacts",
  deals: "interest.deals",
  messages: "interest.messages",
  files: "interest.files",
  team: "interest.team",
  privacy: "interest.privacy",
  import: "interest.import",
  api: "interest.api",
} as const satisfies Record<Interest, MessageKey>;

/** The data-subject request kinds (P22), as the API names them. */
export const requestKinds = ["access", "rectification", "erasure", "objection"] as const;
