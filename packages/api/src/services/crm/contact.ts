import type { TenantTx } from "@abante/db";
import * as q from "@abante/db/queries";
import type { createContactInput, listContactsInput, updateContactInput } from "@abante/validators";
import type { z } from "zod";
import { ConflictError, NotFoundError } from "../../errors";
import { type CrmCtx, checkMembers, FieldProblems, paged, pgViolation } from "./common";
import { deleteRecordsWithFiles } from "./files";

type ContactFields = Omit<z.output<typeof createContactInput>, "tenant">;
export type ContactPatch = Partial<Omit<z.output<typeof updateContactInput>, "tenant" | "id">>;

const NOT_FOUND = "This contact does not exist.";
const DUPLICATE = "Another contact already has this e-mail address.";
export const UNKNOWN_COMPANY = "Choose a company of this CRM database.";

export async function listContacts(ctx: CrmCtx, input: z.output<typeof listContactsInput>) {
  const tenantId = ctx.tenant.id;
  return paged(() =>
    ctx.withTenant(async (tx) => {
      // A filter on a company that is not this tenant's is an error, not an empty page: the caller holds a stale or
      // foreign id, and must not be able to tell the two apart.
      if (input.companyId && !(await q.findCompany(tx, tenantId, input.companyId))) {
        throw new NotFoundError("This company does not exist.");
      }
      return q.listContacts(tx, {
        tenantId,
        search: input.search,
        companyId: input.companyId,
        ownerAccountId: input.ownerAccountId,
        tag: input.tag,
        sort: input.sort,
        direction: input.direction,
        cursor: input.cursor,
        limit: input.limit,
      });
    }),
  );
}

export async function getContact(ctx: CrmCtx, id: string) {
  const found = await ctx.withTenant((tx) => q.getContact(tx, { tenantId: ctx.tenant.id, id }));
  if (!found) throw new NotFoundError(NOT_FOUND);
  return found;
}

/** Checks the references and the e-mail's uniqueness of a create or an update; throws every problem at once. */
async function checkContact(
  tx: TenantTx,
  tenantId: string,
  fields: { email?: string | null; companyId?: string | null; ownerAccountId?: string | null },
  exceptId?: string,
): Promise<void> {
  const problems = new FieldProblems();
  await checkMembers(tx, tenantId, { ownerAccountId: fields.ownerAccountId }, problems);
  if (fields.companyId && !(await q.findCompany(tx, tenantId, fields.companyId))) {
    problems.add("companyId", UNKNOWN_COMPANY);
  }
  problems.throwIfAny();
  if (fields.email && (await q.findContactByEmail(tx, { tenantId, email: fields.email, exceptId }))) {
    throw new ConflictError(DUPLICATE, { email: [DUPLICATE] });
  }
}

/** A concurrent write can still win the race for an address: the unique index has the last word. */
function duplicateEmail(err: unknown): never {
  const v = pgViolation(err);
  if (v?.code === "23505" && (v.constraint === undefined || v.constraint === "contact_tenant_email_key")) {
    throw new ConflictError(DUPLICATE, { email: [DUPLICATE] });
  }
  throw err;
}

export async function createContact(ctx: CrmCtx, fields: ContactFields) {
  const tenantId = ctx.tenant.id;
  return ctx.withTenant(async (tx) => {
    await checkContact(tx, tenantId, fields);
    const id = await q
      .insertContact(tx, {
        tenantId,
        values: {
          firstName: fields.firstName,
          lastName: fields.lastName,
          email: fields.email ?? null,
          phone: fields.phone ?? null,
          extraEmails: fields.extraEmails,
          extraPhones: fields.extraPhones,
          jobTitle: fields.jobTitle,
          companyId: fields.companyId ?? null,
          ownerAccountId: fields.ownerAccountId ?? null,
          tags: fields.tags,
          notes: fields.notes,
          marketingConsent: fields.marketingConsent,
          marketingConsentAt: fields.marketingConsent ? ctx.now() : null,
        },
      })
      .catch(duplicateEmail);
    return (await q.getContact(tx, { tenantId, id }))!;
  });
}

export async function updateContact(ctx: CrmCtx, id: string, patch: ContactPatch) {
  const tenantId = ctx.tenant.id;
  return ctx.withTenant(async (tx) => {
    const consent = await q.contactConsent(tx, { tenantId, id });
    if (!consent) throw new NotFoundError(NOT_FOUND);
    await checkContact(tx, tenantId, patch, id);
    const values: Partial<q.ContactValues> = {};
    for (const [key, value] of Object.entries(patch)) {
      if (value !== undefined) (values as Record<string, unknown>)[key] = value;
    }
    // The consent time records when the contact agreed; repeating "yes" keeps the original time.
    if (patch.marketingConsent !== undefined && patch.marketingConsent !== consent.marketingConsent) {
      values.marketingConsentAt = patch.marketingConsent ? ctx.now() : null;
    }
    await q.updateContact(tx, { tenantId, id, patch: values }).catch(duplicateEmail);
    return (await q.getContact(tx, { tenantId, id }))!;
  });
}

/** Deletes the contact with its files, and its activities (the foreign key cascades) with theirs (P19). */
export async function deleteContact(ctx: CrmCtx, id: string) {
  const tenantId = ctx.tenant.id;
  const deleted = await deleteRecordsWithFiles(ctx, async (tx) => {
    const activities = await q.activityIdsOfContact(tx, tenantId, id);
    if (!(await q.deleteContact(tx, { tenantId, id }))) return null;
    return [{ kind: "contact", id }, ...activities.map((a) => ({ kind: "activity" as const, id: a }))];
  });
  if (!deleted) throw new NotFoundError(NOT_FOUND);
  return { id };
}
