import type { BusinessSector, Interest } from "@abante/validators";
import type { ActivityKind, DealStatus, StageKind } from "./crm-queries";
import type { AccountSession, MembershipRole, MyTenant, PrivacyRequest } from "./queries";

// Human labels for the stable keys the API uses. Typed as complete records, so a key added to the validators
// fails the typecheck here until it has a label. English until the i18n catalogs reach the app.

export const sectorLabels: Record<BusinessSector, string> = {
  agency: "Agency (marketing, design, media)",
  consulting: "Consulting and professional services",
  education: "Education and training",
  finance: "Finance and insurance",
  healthcare: "Healthcare",
  hospitality: "Hospitality and tourism",
  manufacturing: "Manufacturing",
  nonprofit: "Non-profit",
  "public-sector": "Public sector",
  "real-estate": "Real estate",
  retail: "Retail and e-commerce",
  software: "Software and IT",
  wholesale: "Wholesale and distribution",
  other: "Other",
};

export const interestLabels: Record<Interest, string> = {
  contacts: "Keeping contacts and companies in one place",
  deals: "Following deals and sales",
  messages: "Messages and e-mail with customers",
  files: "Files, images and videos",
  team: "Working together as a team",
  privacy: "Privacy and data protection",
  import: "Bringing data over from another tool",
  api: "Integrations and the API",
};

/** Each language in its own name, as a language picker should show it. */
export const localeLabels: Record<string, string> = {
  en: "English",
  es: "Español",
  "pt-BR": "Português (Brasil)",
  fr: "Français",
  de: "Deutsch",
};

export const requestKindLabels: Record<PrivacyRequest["kind"], string> = {
  access: "Copy of my data",
  rectification: "Correction",
  erasure: "Account deletion",
  objection: "Objection",
};

export const requestStatusLabels: Record<PrivacyRequest["status"], string> = {
  received: "Received",
  verified: "Verified",
  in_progress: "In progress",
  completed: "Completed",
  rejected: "Rejected",
};

export const deviceLabels: Record<AccountSession["device"], string> = {
  desktop: "Computer",
  mobile: "Phone",
  tablet: "Tablet",
  bot: "Automated client",
  unknown: "Unknown",
};

export const roleLabels: Record<MembershipRole, string> = {
  owner: "Owner",
  admin: "Admin",
  member: "Member",
};

/** What each role may do, in one line, for the control panel and the invitation form. */
export const roleHints: Record<MembershipRole, string> = {
  owner: "Everything an admin can, and transfer ownership.",
  admin: "Manages members, the pipeline and all data.",
  member: "Works with contacts, companies, deals and files.",
};

export const tenantStatusLabels: Record<MyTenant["status"], string> = {
  trial: "Free trial",
  active: "Active",
  cancelled: "Cancelled",
  destroyed: "Deleted",
};

export const stageKindLabels: Record<StageKind, string> = {
  open: "Open",
  won: "Won",
  lost: "Lost",
};

export const dealStatusLabels: Record<DealStatus, string> = {
  open: "Open",
  won: "Won",
  lost: "Lost",
};

export const activityKindLabels: Record<ActivityKind, string> = {
  note: "Note",
  call: "Call",
  meeting: "Meeting",
  email: "Email",
};

export const directionLabels: Record<"inbound" | "outbound", string> = {
  inbound: "Inbound",
  outbound: "Outbound",
};

/** The label of `key`; the key itself when it has none (a newer server), "Not given" when there is no value. */
export function labelOf(labels: Record<string, string>, key: string | null): string {
  if (key === null) return "Not given";
  return labels[key] ?? key;
}

let regionNames: Intl.DisplayNames | undefined;

/** "DE" → "Germany"; the code itself when the browser does not know it; "Unknown" for null. */
export function countryName(code: string | null, locale = "en"): string {
  if (!code) return "Unknown";
  try {
    regionNames ??= new Intl.DisplayNames([locale], { type: "region" });
    return regionNames.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
