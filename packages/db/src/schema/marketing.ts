import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, id } from "./_shared";
import { account } from "./identity";

// Global (platform) tables of the marketing site (F4). None is tenant-owned.

/**
 * P5: one row per page or API request. Partitioned by month on `at` (the partitioning is declared in the migration
 * SQL; Drizzle cannot express it), so retention (P26) drops old months cheaply. Holds parsed browser facts, not the
 * raw user-agent string.
 */
export const requestLog = pgTable(
  "request_log",
  {
    id: bigint({ mode: "number" }).notNull().generatedAlwaysAsIdentity(),
    at: timestamp({ withTimezone: true }).notNull(),
    kind: text().notNull(),
    method: text().notNull(),
    path: text().notNull(),
    status: integer(),
    ip: text().notNull(),
    browser: text(),
    browserVersion: text(),
    os: text(),
    deviceType: text(),
    referrer: text(),
    country: text(),
    language: text(),
  },
  (t) => [primaryKey({ columns: [t.at, t.id] }), index("request_log_ip_at_idx").on(t.ip, t.at)],
);

/** P12: daily page-view aggregates; groups smaller than 5 are folded into "(other)" before they are stored. */
export const requestStatDaily = pgTable(
  "request_stat_daily",
  {
    day: date({ mode: "string" }).notNull(),
    path: text().notNull(),
    country: text().notNull(),
    language: text().notNull(),
    browserFamily: text().notNull(),
    referrerDomain: text().notNull(),
    views: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.day, t.path, t.country, t.language, t.browserFamily, t.referrerDomain] })],
);

/** P26: a recorded security incident or legal hold keeps matching request-log rows past their retention. */
export const legalHold = pgTable(
  "legal_hold",
  {
    id: id(),
    scopeTable: text().notNull(),
    /** Optional narrowing, e.g. an IP address for request_log. Null holds every row of the period. */
    subject: text(),
    fromAt: timestamp({ withTimezone: true }).notNull(),
    untilAt: timestamp({ withTimezone: true }).notNull(),
    reason: text().notNull(),
    createdBy: uuid().references(() => account.id, { onDelete: "set null" }),
    releasedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.id] }), index("legal_hold_scope_idx").on(t.scopeTable, t.fromAt)],
);

export const consentMethod = pgEnum("consent_method", ["accept_all", "reject_all", "custom", "gpc", "withdraw"]);

/** P31: proof of each cookie decision. The consent id is a random value in a necessary cookie; no IP is stored. */
export const consentRecord = pgTable(
  "consent_record",
  {
    id: id(),
    consentId: text().notNull(),
    preferences: boolean().notNull(),
    analytics: boolean().notNull(),
    marketing: boolean().notNull(),
    method: consentMethod().notNull(),
    bannerVersion: text().notNull(),
    policyVersion: text().notNull(),
    country: text(),
    gpc: boolean().notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.id] }), index("consent_record_consent_idx").on(t.consentId, t.createdAt)],
);

/** P2: a "talk to sales" message or another request from someone without an account. */
export const lead = pgTable(
  "lead",
  {
    id: id(),
    source: text().notNull(),
    name: text().notNull(),
    email: text().notNull(),
    company: text(),
    phone: text(),
    message: text(),
    country: text(),
    locale: text().notNull().default("en"),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.id] }), index("lead_email_idx").on(sql`lower(${t.email})`)],
);

export const event = pgTable(
  "event",
  {
    id: id(),
    slug: text().notNull(),
    title: text().notNull(),
    summary: text().notNull(),
    description: text().notNull(),
    /** The language the event is held in. */
    locale: text().notNull(),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    online: boolean().notNull().default(false),
    venue: text(),
    city: text(),
    country: text(),
    organiserName: text().notNull(),
    organiserEmail: text().notNull(),
    capacity: integer(),
    published: boolean().notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.id] }),
    uniqueIndex("event_slug_key").on(t.slug),
    index("event_starts_idx").on(t.startsAt),
  ],
);

export const eventSponsor = pgTable(
  "event_sponsor",
  {
    id: id(),
    eventId: uuid()
      .notNull()
      .references(() => event.id, { onDelete: "cascade" }),
    name: text().notNull(),
    website: text(),
    contactEmail: text(),
  },
  (t) => [primaryKey({ columns: [t.id] }), index("event_sponsor_event_idx").on(t.eventId)],
);

/** P13: what a registration shares with the organiser and the named sponsors (each transfer is a disclosure row). */
export const eventRegistration = pgTable(
  "event_registration",
  {
    id: id(),
    eventId: uuid()
      .notNull()
      .references(() => event.id, { onDelete: "cascade" }),
    name: text().notNull(),
    email: text().notNull(),
    phone: text(),
    company: text(),
    locale: text().notNull().default("en"),
    country: text(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.id] }),
    uniqueIndex("event_registration_email_key").on(t.eventId, sql`lower(${t.email})`),
  ],
);

/** P14: local advisors prospects can be referred to. */
export const partner = pgTable(
  "partner",
  {
    id: id(),
    name: text().notNull(),
    email: text().notNull(),
    phone: text(),
    website: text(),
    city: text(),
    countries: text().array().notNull(),
    /** Locale codes the partner works in (shown on the site); the first is the language of the mails they get. */
    languages: text().array().notNull().default(sql`'{}'::text[]`),
    description: text().notNull().default(""),
    active: boolean().notNull().default(true),
    /** Fair rotation: the partner of a country who was assigned least recently gets the next referral. */
    lastAssignedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.id] }), index("partner_countries_idx").using("gin", t.countries)],
);

export const partnerReferral = pgTable(
  "partner_referral",
  {
    id: id(),
    partnerId: uuid()
      .notNull()
      .references(() => partner.id, { onDelete: "cascade" }),
    leadId: uuid()
      .notNull()
      .references(() => lead.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.id] }), index("partner_referral_partner_idx").on(t.partnerId)],
);

/**
 * P13, P14, P30: the disclosure register. Every transfer of personal data to a third party: who received it, about
 * whom, which categories, on what basis, when.
 */
export const disclosure = pgTable(
  "disclosure",
  {
    id: id(),
    recipientKind: text().notNull(),
    recipientId: uuid(),
    recipientName: text().notNull(),
    subjectKind: text().notNull(),
    subjectId: uuid(),
    /** SHA-256 of the lower-cased e-mail, so a data-subject request can find the rows without storing the address twice. */
    subjectEmailHash: text(),
    dataCategories: text().array().notNull(),
    basis: text().notNull(),
    purpose: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.id] }),
    index("disclosure_subject_idx").on(t.subjectEmailHash),
    index("disclosure_created_idx").on(t.createdAt),
  ],
);

/** P24: the published sub-processor list (seeded; managed by staff in F6). */
export const subprocessor = pgTable(
  "subprocessor",
  {
    id: id(),
    name: text().notNull(),
    purpose: text().notNull(),
    dataCategories: text().array().notNull(),
    location: text().notNull(),
    dpaSignedAt: date({ mode: "string" }),
    website: text(),
    active: boolean().notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.id] }), uniqueIndex("subprocessor_name_key").on(t.name)],
);

/** P7: proof-of-work challenges already used (the check is stateless otherwise): refused on replay until expiry. */
export const usedChallenge = pgTable(
  "used_challenge",
  {
    signature: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.signature] }), index("used_challenge_expires_idx").on(t.expiresAt)],
);
