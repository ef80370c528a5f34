/**
 * The reference catalog: every other locale must have exactly these keys (enforced by type and by test).
 * Placeholders are written `{name}` and filled by `t(key, { name })`.
 */
export const en = {
  "meta.title": "Abante CRM — the CRM whose privacy policy is enforced by its code",
  "meta.description":
    "Contacts, companies, deals, messages and files for your team, with each customer's data isolated in the database and a full export or deletion whenever you ask.",

  "a11y.skipToContent": "Skip to content",

  "nav.label": "Main",
  "nav.home": "Abante CRM home page",
  "nav.features": "Features",
  "nav.privacy": "Privacy",
  "nav.openCrm": "Open the CRM",

  "language.label": "Language",

  "home.hero.eyebrow": "Privacy-first CRM",
  "home.hero.title": "The CRM whose privacy policy is enforced by its code",
  "home.hero.lead":
    "Abante CRM keeps your contacts, companies, deals, messages and files in one place. Every promise in our privacy policy is built into the software and proven by automated tests, not left to good intentions.",
  "home.hero.ctaPrimary": "Start a free trial",
  "home.hero.ctaSecondary": "Open the CRM",

  "home.features.title": "Everything your team works with, in one place",
  "home.features.lead": "A focused CRM for growing teams: quick to learn, fast to use, and nothing you don't need.",
  "home.features.contacts.title": "Contacts",
  "home.features.contacts.body": "Everyone you work with, with their details, history and notes in a single record.",
  "home.features.companies.title": "Companies",
  "home.features.companies.body":
    "Group people by organisation and see every relationship with a customer at a glance.",
  "home.features.deals.title": "Deals",
  "home.features.deals.body":
    "Follow each opportunity through your pipeline, from the first call to the signed contract.",
  "home.features.messages.title": "Messages",
  "home.features.messages.body": "Keep conversations next to the contacts and deals they belong to.",
  "home.features.files.title": "Files",
  "home.features.files.body": "Attach proposals, contracts, images and videos where your team will look for them.",

  "home.privacy.title": "Privacy you can check, not just trust",
  "home.privacy.lead":
    "The data is yours. These are not settings we could quietly change: they are how the system is built.",
  "home.privacy.isolation.title": "Tenant isolation in the database",
  "home.privacy.isolation.body":
    "Row-level security in PostgreSQL keeps each customer's data apart, so one account cannot see another's, even if the application makes a mistake.",
  "home.privacy.export.title": "Export your data any time",
  "home.privacy.export.body":
    "Download a full backup of your CRM, records and files, from the control panel whenever you want. No request, no waiting.",
  "home.privacy.delete.title": "Delete your data any time",
  "home.privacy.delete.body":
    "Delete your whole CRM from the control panel when you choose. The deletion is carried out by code, not by a support ticket.",

  "home.cta.title": "See it for yourself",
  "home.cta.body": "Set up your team's CRM today and keep full control of your data from day one.",
  "home.cta.button": "Start a free trial",

  "footer.tagline": "The CRM whose privacy policy is enforced by its code.",
  "footer.copyright": "© {year} Abante CRM",
  "footer.languages": "Languages",

  "notFound.title": "Page not found",
  "notFound.body": "The page you are looking for does not exist or has moved.",
  "notFound.home": "Go to the home page",
};

export type MessageKey = keyof typeof en;
