import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, id, tenantId, tenantIsolation, updatedAt } from "./_shared";
import { account } from "./identity";
import { membershipRole, tenant } from "./tenancy";

// Every table here is tenant-owned (P8): tenant_id leads the primary key, every foreign key between these tables
// pairs tenant_id with the referenced tenant_id, and row-level security confines every query to one tenant.
// Optional references are cleared with `ON DELETE SET NULL (column)` (added in SQL: Drizzle cannot express the
// column list), so deleting a company never nulls a contact's tenant_id.

/** The customers' customers. */
export const company = pgTable(
  "company",
  {
    tenantId: tenantId().references(() => tenant.id, { onDelete: "cascade" }),
    id: id(),
    name: text().notNull(),
    domain: text(),
    phone: text(),
    address: text(),
    industry: text(),
    ownerAccountId: uuid().references(() => account.id, { onDelete: "set null" }),
    tags: text().array().notNull().default(sql`'{}'::text[]`),
    notes: text(),
    /** Lower-cased name, domain and phone, kept by the application: what trigram search matches. */
    searchText: text().notNull().default(""),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index("company_tenant_name_idx").on(t.tenantId, sql`lower(${t.name})`, t.id),
    index("company_tenant_owner_idx").on(t.tenantId, t.ownerAccountId, t.id),
    index("company_tenant_tags_idx").using("gin", t.tags),
    index("company_search_trgm_idx").using("gin", sql`${t.searchText} gin_trgm_ops`),
    tenantIsolation("company"),
  ],
).enableRLS();

/** A person in a customer's CRM (P8). */
export const contact = pgTable(
  "contact",
  {
    tenantId: tenantId().references(() => tenant.id, { onDelete: "cascade" }),
    id: id(),
    firstName: text().notNull(),
    lastName: text().notNull().default(""),
    /** The primary address: contacts are deduplicated by it within a tenant. */
    email: text(),
    phone: text(),
    extraEmails: text().array().notNull().default(sql`'{}'::text[]`),
    extraPhones: text().array().notNull().default(sql`'{}'::text[]`),
    jobTitle: text(),
    companyId: uuid(),
    ownerAccountId: uuid().references(() => account.id, { onDelete: "set null" }),
    tags: text().array().notNull().default(sql`'{}'::text[]`),
    notes: text(),
    /** This contact agreed to receive the customer's marketing (the customer's own record of consent). */
    marketingConsent: boolean().notNull().default(false),
    marketingConsentAt: timestamp({ withTimezone: true }),
    /** Lower-cased names, e-mails, phones and company name, kept by the application for trigram search. */
    searchText: text().notNull().default(""),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex("contact_tenant_email_key").on(t.tenantId, sql`lower(${t.email})`),
    index("contact_tenant_name_idx").on(t.tenantId, sql`lower(${t.lastName})`, sql`lower(${t.firstName})`, t.id),
    index("contact_tenant_created_idx").on(t.tenantId, t.createdAt, t.id),
    index("contact_tenant_company_idx").on(t.tenantId, t.companyId),
    index("contact_tenant_owner_idx").on(t.tenantId, t.ownerAccountId, t.id),
    index("contact_tenant_tags_idx").using("gin", t.tags),
    index("contact_search_trgm_idx").using("gin", sql`${t.searchText} gin_trgm_ops`),
    tenantIsolation("contact"),
  ],
).enableRLS();

export const stageKind = pgEnum("stage_kind", ["open", "won", "lost"]);

/** The deal pipeline, configurable per tenant. */
export const pipelineStage = pgTable(
  "pipeline_stage",
  {
    tenantId: tenantId().references(() => tenant.id, { onDelete: "cascade" }),
    id: id(),
    name: text().notNull(),
    position: integer().notNull(),
    kind: stageKind().notNull().default("open"),
    /** Win probability in percent, for the weighted pipeline. */
    probability: integer().notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index("pipeline_stage_tenant_position_idx").on(t.tenantId, t.position),
    check("pipeline_stage_probability", sql`${t.probability} between 0 and 100`),
    tenantIsolation("pipeline_stage"),
  ],
).enableRLS();

export const dealStatus = pgEnum("deal_status", ["open", "won", "lost"]);

export const deal = pgTable(
  "deal",
  {
    tenantId: tenantId().references(() => tenant.id, { onDelete: "cascade" }),
    id: id(),
    title: text().notNull(),
    companyId: uuid(),
    contactId: uuid(),
    /** Minor units are avoided on purpose: numeric keeps exact decimal amounts in any currency. */
    amount: numeric({ precision: 14, scale: 2 }),
    currency: text().notNull().default("EUR"),
    stageId: uuid().notNull(),
    /** Order within the stage on the pipeline board. */
    position: integer().notNull().default(0),
    status: dealStatus().notNull().default("open"),
    lostReason: text(),
    closedAt: timestamp({ withTimezone: true }),
    expectedClose: date({ mode: "string" }),
    ownerAccountId: uuid().references(() => account.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      name: "deal_stage_fk",
      columns: [t.tenantId, t.stageId],
      foreignColumns: [pipelineStage.tenantId, pipelineStage.id],
    }),
    index("deal_tenant_stage_idx").on(t.tenantId, t.stageId, t.position),
    index("deal_tenant_company_idx").on(t.tenantId, t.companyId),
    index("deal_tenant_contact_idx").on(t.tenantId, t.contactId),
    index("deal_tenant_owner_idx").on(t.tenantId, t.ownerAccountId, t.id),
    check("deal_currency_iso", sql`${t.currency} ~ '^[A-Z]{3}$'`),
    check("deal_amount_positive", sql`${t.amount} is null or ${t.amount} >= 0`),
    tenantIsolation("deal"),
  ],
).enableRLS();

export const activityKind = pgEnum("activity_kind", ["email", "call", "meeting", "note"]);
export const activityDirection = pgEnum("activity_direction", ["inbound", "outbound"]);

/** Messages and activities; each may be linked to a contact, a company and a deal, and shows on their timelines. */
export const activity = pgTable(
  "activity",
  {
    tenantId: tenantId().references(() => tenant.id, { onDelete: "cascade" }),
    id: id(),
    kind: activityKind().notNull(),
    subject: text().notNull(),
    body: text(),
    direction: activityDirection(),
    occurredAt: timestamp({ withTimezone: true }).notNull(),
    contactId: uuid(),
    companyId: uuid(),
    dealId: uuid(),
    authorAccountId: uuid().references(() => account.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index("activity_tenant_contact_idx").on(t.tenantId, t.contactId, t.occurredAt),
    index("activity_tenant_company_idx").on(t.tenantId, t.companyId, t.occurredAt),
    index("activity_tenant_deal_idx").on(t.tenantId, t.dealId, t.occurredAt),
    index("activity_tenant_occurred_idx").on(t.tenantId, t.occurredAt, t.id),
    tenantIsolation("activity"),
  ],
).enableRLS();

/** The customer's own staff directory, optionally linked to a member account. */
export const employee = pgTable(
  "employee",
  {
    tenantId: tenantId().references(() => tenant.id, { onDelete: "cascade" }),
    id: id(),
    firstName: text().notNull(),
    lastName: text().notNull().default(""),
    jobTitle: text(),
    department: text(),
    email: text(),
    phone: text(),
    startDate: date({ mode: "string" }),
    accountId: uuid().references(() => account.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index("employee_tenant_name_idx").on(t.tenantId, sql`lower(${t.lastName})`, t.id),
    index("employee_tenant_department_idx").on(t.tenantId, t.department),
    tenantIsolation("employee"),
  ],
).enableRLS();

export const attachmentEntity = pgEnum("attachment_entity", ["contact", "company", "deal", "activity", "employee"]);

/** A file on a record. The bytes live in the blob store under `blob_key`, checked by SHA-256. */
export const attachment = pgTable(
  "attachment",
  {
    tenantId: tenantId().references(() => tenant.id, { onDelete: "cascade" }),
    id: id(),
    entityKind: attachmentEntity().notNull(),
    entityId: uuid().notNull(),
    fileName: text().notNull(),
    /** Sniffed from the bytes on upload, never taken from the client. */
    contentType: text().notNull(),
    sizeBytes: bigint({ mode: "number" }).notNull(),
    sha256: text().notNull(),
    blobKey: text().notNull(),
    thumbnailKey: text(),
    uploadedBy: uuid().references(() => account.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index("attachment_tenant_entity_idx").on(t.tenantId, t.entityKind, t.entityId, t.createdAt),
    check("attachment_sha256", sql`${t.sha256} ~ '^[0-9a-f]{64}$'`),
    tenantIsolation("attachment"),
  ],
).enableRLS();

/** A pending invitation to a tenant; the link's token is a one_time_token (purpose "invite"). */
export const invitation = pgTable(
  "invitation",
  {
    tenantId: tenantId().references(() => tenant.id, { onDelete: "cascade" }),
    id: id(),
    email: text().notNull(),
    role: membershipRole().notNull().default("member"),
    invitedBy: uuid().references(() => account.id, { onDelete: "set null" }),
    tokenId: uuid(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    acceptedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index("invitation_tenant_email_idx").on(t.tenantId, sql`lower(${t.email})`),
    tenantIsolation("invitation"),
  ],
).enableRLS();
