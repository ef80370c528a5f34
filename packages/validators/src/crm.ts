import { z } from "zod";
import { tenantSlug } from "./tenancy";

// Inputs of the CRM procedures (F3). Every tenant-scoped input carries `tenant` (the slug); ids are UUIDs.
//
// Each record's fields are written once without defaults (`…Shape`). The create schema adds the defaults; the update
// schema makes every field optional and adds none, so an update's parsed input holds exactly the keys the client
// sent: an update of one field never resets another.

const uuid = (what: string) => z.uuid(`Unknown ${what}.`);
const optionalText = (max: number, label = "This") =>
  z
    .string()
    .trim()
    .max(max, `${label} must be at most ${max} characters.`)
    .optional()
    .nullable()
    .transform((v) => (v === undefined || v === null || v === "" ? null : v));
const tags = z
  .array(z.string().trim().min(1, "Tags cannot be empty.").max(40, "Use at most 40 characters per tag.").toLowerCase())
  .max(20, "Use at most 20 tags.")
  .transform((v) => [...new Set(v)]);
const emailAddress = z
  .string()
  .trim()
  .max(254, "Use at most 254 characters.")
  .pipe(z.email("Enter a valid email address."));
const phoneNumber = z
  .string()
  .trim()
  .max(32, "Use at most 32 characters.")
  .regex(/^\+?[0-9 ().-]{4,}$/, "Use digits, spaces and + ( ) - . only.");

export const tenantScoped = z.object({ tenant: tenantSlug });
export const byId = tenantScoped.extend({ id: uuid("record") });

/** Keyset pagination: `cursor` is the opaque string returned as `nextCursor` by the previous page. */
export const pageInput = tenantScoped.extend({
  cursor: z.string().max(500).nullish(),
  limit: z.number().int().min(1).max(200).default(50),
});

export const sortDirection = z.enum(["asc", "desc"]).default("asc");

// Tenants and members ------------------------------------------------------------------------------------------------

export const createTenantInput = z.object({
  name: z.string().trim().min(2, "Use at least 2 characters.").max(80, "Use at most 80 characters."),
  slug: tenantSlug,
});
export const renameTenantInput = tenantScoped.extend({
  name: z.string().trim().min(2, "Use at least 2 characters.").max(80, "Use at most 80 characters."),
});
export const memberRole = z.enum(["owner", "admin", "member"], { error: "Choose owner, admin or member." });
export const inviteInput = tenantScoped.extend({
  email: emailAddress,
  role: z.enum(["admin", "member"], { error: "Choose admin or member." }).default("member"),
});
export const acceptInviteInput = z.object({
  token: z
    .string()
    .trim()
    .min(20, "This invitation link is not valid.")
    .max(200)
    .regex(/^[a-z2-7]+$/, "This invitation link is not valid."),
});
export const changeRoleInput = tenantScoped.extend({ accountId: uuid("member"), role: z.enum(["admin", "member"]) });
export const memberInput = tenantScoped.extend({ accountId: uuid("member") });

// Companies ----------------------------------------------------------------------------------------------------------

const companyShape = {
  name: z.string().trim().min(1, "Enter the company's name.").max(200, "Use at most 200 characters."),
  domain: optionalText(253, "The domain").refine(
    (v) => v === null || /^(?=.{1,253}$)([a-z0-9-]+\.)+[a-z]{2,}$/i.test(v),
    "Enter a domain like example.com.",
  ),
  phone: phoneNumber
    .optional()
    .nullable()
    .or(z.literal("").transform(() => null)),
  address: optionalText(500, "The address"),
  industry: optionalText(100, "The industry"),
  ownerAccountId: uuid("owner").nullish(),
  tags,
  notes: optionalText(20_000, "Notes"),
};
export const companyFields = z.object({ ...companyShape, tags: tags.default([]) });
export const createCompanyInput = tenantScoped.extend(companyFields.shape);
export const updateCompanyInput = byId.extend(z.object(companyShape).partial().shape);
export const listCompaniesInput = pageInput.extend({
  search: z.string().trim().max(200).optional(),
  ownerAccountId: uuid("owner").optional(),
  tag: z.string().trim().toLowerCase().max(40).optional(),
  sort: z.enum(["name", "createdAt"]).default("name"),
  direction: sortDirection,
});

// Contacts -----------------------------------------------------------------------------------------------------------

const contactShape = {
  firstName: z.string().trim().min(1, "Enter a first name.").max(120, "Use at most 120 characters."),
  lastName: z.string().trim().max(120, "Use at most 120 characters."),
  email: emailAddress.nullish().or(z.literal("").transform(() => null)),
  phone: phoneNumber.nullish().or(z.literal("").transform(() => null)),
  extraEmails: z.array(emailAddress).max(10, "Use at most 10 more addresses."),
  extraPhones: z.array(phoneNumber).max(10, "Use at most 10 more numbers."),
  jobTitle: optionalText(200, "The job title"),
  companyId: uuid("company").nullish(),
  ownerAccountId: uuid("owner").nullish(),
  tags,
  notes: optionalText(20_000, "Notes"),
  marketingConsent: z.boolean(),
};
export const contactFields = z.object({
  ...contactShape,
  lastName: contactShape.lastName.default(""),
  extraEmails: contactShape.extraEmails.default([]),
  extraPhones: contactShape.extraPhones.default([]),
  tags: tags.default([]),
  marketingConsent: contactShape.marketingConsent.default(false),
});
export const createContactInput = tenantScoped.extend(contactFields.shape);
export const updateContactInput = byId.extend(z.object(contactShape).partial().shape);
export const listContactsInput = pageInput.extend({
  search: z.string().trim().max(200).optional(),
  companyId: uuid("company").optional(),
  ownerAccountId: uuid("owner").optional(),
  tag: z.string().trim().toLowerCase().max(40).optional(),
  sort: z.enum(["name", "createdAt"]).default("name"),
  direction: sortDirection,
});

// Pipeline and deals -------------------------------------------------------------------------------------------------

const stageShape = {
  name: z.string().trim().min(1, "Enter the stage's name.").max(60, "Use at most 60 characters."),
  kind: z.enum(["open", "won", "lost"]),
  probability: z.number().int().min(0, "Use 0 to 100.").max(100, "Use 0 to 100."),
};
export const stageFields = z.object({
  ...stageShape,
  kind: stageShape.kind.default("open"),
  probability: stageShape.probability.default(0),
});
export const createStageInput = tenantScoped.extend(stageFields.shape);
export const updateStageInput = byId.extend(z.object(stageShape).partial().shape);
export const reorderStagesInput = tenantScoped.extend({ ids: z.array(uuid("stage")).min(1).max(50) });

const money = z
  .string()
  .trim()
  .regex(/^\d{1,12}(\.\d{1,2})?$/, "Enter an amount like 1200 or 1200.50.")
  .nullish()
  .or(z.literal("").transform(() => null));
const isoDate = z.iso.date("Enter a date as YYYY-MM-DD.");

const dealShape = {
  title: z.string().trim().min(1, "Enter a title.").max(200, "Use at most 200 characters."),
  companyId: uuid("company").nullish(),
  contactId: uuid("contact").nullish(),
  amount: money,
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, "Use a 3-letter currency code such as EUR."),
  stageId: uuid("stage"),
  expectedClose: isoDate.nullish().or(z.literal("").transform(() => null)),
  ownerAccountId: uuid("owner").nullish(),
};
export const dealFields = z.object({ ...dealShape, currency: dealShape.currency.default("EUR") });
export const createDealInput = tenantScoped.extend(dealFields.shape);
export const updateDealInput = byId.extend(z.object(dealShape).partial().shape);
/** Move a deal on the board: to a stage, before the deal `beforeId` (or last). Won/lost stages close the deal. */
export const moveDealInput = byId.extend({
  stageId: uuid("stage"),
  beforeId: uuid("deal").nullish(),
  lostReason: optionalText(500, "The reason"),
});
export const listDealsInput = pageInput.extend({
  stageId: uuid("stage").optional(),
  status: z.enum(["open", "won", "lost"]).optional(),
  ownerAccountId: uuid("owner").optional(),
  companyId: uuid("company").optional(),
  contactId: uuid("contact").optional(),
  sort: z.enum(["createdAt", "title", "amount"]).default("createdAt"),
  direction: sortDirection,
});

// Activities (messages) ----------------------------------------------------------------------------------------------

const activityShape = {
  kind: z.enum(["email", "call", "meeting", "note"], { error: "Choose email, call, meeting or note." }),
  subject: z.string().trim().min(1, "Enter a subject.").max(300, "Use at most 300 characters."),
  body: optionalText(100_000, "The text"),
  direction: z.enum(["inbound", "outbound"]).nullish(),
  occurredAt: z.coerce.date({ error: "Enter a date and time." }),
  contactId: uuid("contact").nullish(),
  companyId: uuid("company").nullish(),
  dealId: uuid("deal").nullish(),
};
export const activityFields = z.object(activityShape);
export const createActivityInput = tenantScoped.extend(activityFields.shape);
export const updateActivityInput = byId.extend(activityFields.partial().shape);
/** A record's timeline: newest first. Exactly one of the three links. */
export const timelineInput = pageInput.extend({
  contactId: uuid("contact").optional(),
  companyId: uuid("company").optional(),
  dealId: uuid("deal").optional(),
  kind: z.enum(["email", "call", "meeting", "note"]).optional(),
});

// Employees ----------------------------------------------------------------------------------------------------------

const employeeShape = {
  firstName: z.string().trim().min(1, "Enter a first name.").max(120),
  lastName: z.string().trim().max(120),
  jobTitle: optionalText(200, "The job title"),
  department: optionalText(120, "The department"),
  email: emailAddress.nullish().or(z.literal("").transform(() => null)),
  phone: phoneNumber.nullish().or(z.literal("").transform(() => null)),
  startDate: isoDate.nullish().or(z.literal("").transform(() => null)),
  accountId: uuid("member").nullish(),
};
export const employeeFields = z.object({ ...employeeShape, lastName: employeeShape.lastName.default("") });
export const createEmployeeInput = tenantScoped.extend(employeeFields.shape);
export const updateEmployeeInput = byId.extend(z.object(employeeShape).partial().shape);
export const listEmployeesInput = pageInput.extend({
  search: z.string().trim().max(200).optional(),
  department: z.string().trim().max(120).optional(),
});

// Attachments --------------------------------------------------------------------------------------------------------

export const attachmentEntity = z.enum(["contact", "company", "deal", "activity", "employee"]);
export const listAttachmentsInput = tenantScoped.extend({ entityKind: attachmentEntity, entityId: uuid("record") });
