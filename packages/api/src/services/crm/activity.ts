import type { TenantTx } from "@abante/db";
import * as q from "@abante/db/queries";
import type { createActivityInput, timelineInput, updateActivityInput } from "@abante/validators";
import type { z } from "zod";
import { NotFoundError, ValidationError } from "../../errors";
import { type CrmCtx, FieldProblems, paged } from "./common";
import { deleteRecordsWithFiles } from "./files";

type ActivityFields = Omit<z.output<typeof createActivityInput>, "tenant">;
export type ActivityPatch = Partial<Omit<z.output<typeof updateActivityInput>, "tenant" | "id">>;

const NOT_FOUND = "This activity does not exist.";
const NEEDS_LINK = "Link the activity to a contact, a company or a deal.";

/** A record's timeline, newest first. The record must exist in this tenant. */
export async function timeline(ctx: CrmCtx, input: z.output<typeof timelineInput>) {
  const tenantId = ctx.tenant.id;
  const chosen = [input.contactId, input.companyId, input.dealId].filter(Boolean).length;
  if (chosen !== 1) {
    const message = "Choose exactly one record: a contact, a company or a deal.";
    throw new ValidationError(message, { contactId: [message] });
  }
  return paged(() =>
    ctx.withTenant(async (tx) => {
      let of: q.TimelineOf;
      if (input.contactId) {
        if (!(await q.findContact(tx, tenantId, input.contactId)))
          throw new NotFoundError("This contact does not exist.");
        of = { contactId: input.contactId };
      } else if (input.companyId) {
        if (!(await q.findCompany(tx, tenantId, input.companyId)))
          throw new NotFoundError("This company does not exist.");
        of = { companyId: input.companyId };
      } else {
        if (!(await q.findDeal(tx, tenantId, input.dealId!))) throw new NotFoundError("This deal does not exist.");
        of = { dealId: input.dealId! };
      }
      return q.listTimeline(tx, { tenantId, of, kind: input.kind, cursor: input.cursor, limit: input.limit });
    }),
  );
}

/** Each link must name a record of this tenant; every problem is reported at once. */
async function checkLinks(
  tx: TenantTx,
  tenantId: string,
  links: { contactId?: string | null; companyId?: string | null; dealId?: string | null },
): Promise<void> {
  const problems = new FieldProblems();
  if (links.contactId && !(await q.findContact(tx, tenantId, links.contactId))) {
    problems.add("contactId", "Choose a contact of this CRM database.");
  }
  if (links.companyId && !(await q.findCompany(tx, tenantId, links.companyId))) {
    problems.add("companyId", "Choose a company of this CRM database.");
  }
  if (links.dealId && !(await q.findDeal(tx, tenantId, links.dealId))) {
    problems.add("dealId", "Choose a deal of this CRM database.");
  }
  problems.throwIfAny();
}

export async function createActivity(ctx: CrmCtx, fields: ActivityFields) {
  const tenantId = ctx.tenant.id;
  // An activity on no record would show on no timeline: it could never be found again.
  if (!fields.contactId && !fields.companyId && !fields.dealId) {
    throw new ValidationError(NEEDS_LINK, { contactId: [NEEDS_LINK] });
  }
  return ctx.withTenant(async (tx) => {
    await checkLinks(tx, tenantId, fields);
    const id = await q.insertActivity(tx, {
      tenantId,
      authorAccountId: ctx.session.accountId,
      values: {
        kind: fields.kind,
        subject: fields.subject,
        body: fields.body,
        direction: fields.direction ?? null,
        occurredAt: fields.occurredAt,
        contactId: fields.contactId ?? null,
        companyId: fields.companyId ?? null,
        dealId: fields.dealId ?? null,
      },
    });
    return (await q.getActivity(tx, { tenantId, id }))!;
  });
}

export async function updateActivity(ctx: CrmCtx, id: string, patch: ActivityPatch) {
  const tenantId = ctx.tenant.id;
  return ctx.withTenant(async (tx) => {
    const current = await q.findActivity(tx, tenantId, id);
    if (!current) throw new NotFoundError(NOT_FOUND);
    await checkLinks(tx, tenantId, patch);
    const values: Partial<q.ActivityValues> = {};
    for (const [key, value] of Object.entries(patch)) {
      if (value !== undefined) (values as Record<string, unknown>)[key] = value;
    }
    const after = { ...current, ...values };
    if (!after.contactId && !after.companyId && !after.dealId) {
      throw new ValidationError(NEEDS_LINK, { contactId: [NEEDS_LINK] });
    }
    await q.updateActivity(tx, { tenantId, id, patch: values });
    return (await q.getActivity(tx, { tenantId, id }))!;
  });
}

/** Deletes the activity with its files (P19). */
export async function deleteActivity(ctx: CrmCtx, id: string) {
  const deleted = await deleteRecordsWithFiles(ctx, async (tx) =>
    (await q.deleteActivity(tx, { tenantId: ctx.tenant.id, id })) ? [{ kind: "activity", id }] : null,
  );
  if (!deleted) throw new NotFoundError(NOT_FOUND);
  return { id };
}
