import type { TenantTx } from "@abante/db";
import * as q from "@abante/db/queries";
import type { createDealInput, listDealsInput, moveDealInput, updateDealInput } from "@abante/validators";
import type { z } from "zod";
import { NotFoundError, ValidationError } from "../../errors";
import { type CrmCtx, checkMembers, FieldProblems, paged } from "./common";
import { UNKNOWN_COMPANY } from "./contact";
import { deleteRecordsWithFiles } from "./files";

type DealFields = Omit<z.output<typeof createDealInput>, "tenant">;
export type DealPatch = Partial<Omit<z.output<typeof updateDealInput>, "tenant" | "id">>;

/** Deals shown per stage on the board; the column says how many more there are. */
export const BOARD_CAP = 200;

const NOT_FOUND = "This deal does not exist.";
const UNKNOWN_STAGE = "Choose a stage of this pipeline.";
const UNKNOWN_CONTACT = "Choose a contact of this CRM database.";
const LOST_NEEDS_REASON = "Say why the deal was lost.";

export async function listDeals(ctx: CrmCtx, input: z.output<typeof listDealsInput>) {
  const tenantId = ctx.tenant.id;
  return paged(() =>
    ctx.withTenant(async (tx) => {
      // Filters naming a record the tenant does not have are refused, as a lookup of that record would be.
      if (input.stageId && !(await q.findStage(tx, tenantId, input.stageId))) throw new NotFoundError(UNKNOWN_STAGE);
      if (input.companyId && !(await q.findCompany(tx, tenantId, input.companyId))) {
        throw new NotFoundError("This company does not exist.");
      }
      if (input.contactId && !(await q.findContact(tx, tenantId, input.contactId))) {
        throw new NotFoundError("This contact does not exist.");
      }
      return q.listDeals(tx, {
        tenantId,
        stageId: input.stageId,
        status: input.status,
        ownerAccountId: input.ownerAccountId,
        companyId: input.companyId,
        contactId: input.contactId,
        sort: input.sort,
        direction: input.direction,
        cursor: input.cursor,
        limit: input.limit,
      });
    }),
  );
}

export async function dealBoard(ctx: CrmCtx) {
  const stages = await ctx.withTenant((tx) => q.dealBoard(tx, { tenantId: ctx.tenant.id, cap: BOARD_CAP }));
  return { cap: BOARD_CAP, stages };
}

export async function getDeal(ctx: CrmCtx, id: string) {
  const found = await ctx.withTenant((tx) => q.getDeal(tx, { tenantId: ctx.tenant.id, id }));
  if (!found) throw new NotFoundError(NOT_FOUND);
  return found;
}

/** Reference checks of a create or update, every problem at once. Returns the stage when one was named. */
async function checkDeal(
  tx: TenantTx,
  tenantId: string,
  fields: { stageId?: string; companyId?: string | null; contactId?: string | null; ownerAccountId?: string | null },
) {
  const problems = new FieldProblems();
  const stage = fields.stageId ? await q.findStage(tx, tenantId, fields.stageId) : undefined;
  if (fields.stageId && !stage) problems.add("stageId", UNKNOWN_STAGE);
  if (fields.companyId && !(await q.findCompany(tx, tenantId, fields.companyId))) {
    problems.add("companyId", UNKNOWN_COMPANY);
  }
  if (fields.contactId && !(await q.findContact(tx, tenantId, fields.contactId))) {
    problems.add("contactId", UNKNOWN_CONTACT);
  }
  await checkMembers(tx, tenantId, { ownerAccountId: fields.ownerAccountId }, problems);
  problems.throwIfAny();
  return stage;
}

type Closing = Pick<q.DealValues, "status" | "closedAt" | "lostReason">;

/**
 * What entering a stage of `kind` does to a deal: a won or lost stage closes it (lost needs a reason, given now or
 * kept from an earlier loss), an open stage reopens it. A deal already closed the same way keeps its closing time.
 */
function closing(
  kind: q.StageKind,
  current: Closing | undefined,
  lostReason: string | null | undefined,
  now: Date,
): Closing {
  if (kind === "open") return { status: "open", closedAt: null, lostReason: null };
  const closedAt = current?.status === kind && current.closedAt ? current.closedAt : now;
  if (kind === "won") return { status: "won", closedAt, lostReason: null };
  const reason = lostReason ?? (current?.status === "lost" ? current.lostReason : null);
  if (!reason) throw new ValidationError(LOST_NEEDS_REASON, { lostReason: [LOST_NEEDS_REASON] });
  return { status: "lost", closedAt, lostReason: reason };
}

export async function createDeal(ctx: CrmCtx, fields: DealFields) {
  const tenantId = ctx.tenant.id;
  return ctx.withTenant(async (tx) => {
    const stage = (await checkDeal(tx, tenantId, fields))!;
    if (stage.kind === "lost") {
      const message = "Create the deal in an open or won stage; it can then be moved to a lost stage with a reason.";
      throw new ValidationError(message, { stageId: [message] });
    }
    const id = await q.insertDeal(tx, {
      tenantId,
      values: {
        title: fields.title,
        companyId: fields.companyId ?? null,
        contactId: fields.contactId ?? null,
        amount: fields.amount ?? null,
        currency: fields.currency,
        stageId: stage.id,
        expectedClose: fields.expectedClose ?? null,
        ownerAccountId: fields.ownerAccountId ?? null,
        ...closing(stage.kind, undefined, null, ctx.now()),
      },
    });
    return (await q.getDeal(tx, { tenantId, id }))!;
  });
}

/** Puts a deal in `stageId` before `beforeId` (or last), closing or reopening it as the stage's kind says. */
async function moveWithin(
  tx: TenantTx,
  ctx: CrmCtx,
  current: NonNullable<Awaited<ReturnType<typeof q.findDeal>>>,
  stage: { id: string; kind: q.StageKind },
  beforeId: string | null,
  lostReason: string | null | undefined,
) {
  const tenantId = ctx.tenant.id;
  const status = closing(stage.kind, current, lostReason, ctx.now());
  await q.updateDeal(tx, { tenantId, id: current.id, patch: { stageId: stage.id, ...status } });
  await q.placeDeal(tx, { tenantId, id: current.id, stageId: stage.id, beforeId });
}

export async function updateDeal(ctx: CrmCtx, id: string, patch: DealPatch) {
  const tenantId = ctx.tenant.id;
  return ctx.withTenant(async (tx) => {
    const current = await q.findDeal(tx, tenantId, id);
    if (!current) throw new NotFoundError(NOT_FOUND);
    const stage = await checkDeal(tx, tenantId, patch);
    const { stageId: _stage, ...fields } = patch;
    const values: Partial<q.DealValues> = {};
    for (const [key, value] of Object.entries(fields)) {
      if (value !== undefined) (values as Record<string, unknown>)[key] = value;
    }
    await q.updateDeal(tx, { tenantId, id, patch: values });
    // A new stage in the form is a move to the end of that stage, with the same rules as on the board.
    if (stage && stage.id !== current.stageId) {
      try {
        await moveWithin(tx, ctx, current, stage, null, undefined);
      } catch (err) {
        if (err instanceof ValidationError && err.fieldErrors?.lostReason) {
          const message = "Move the deal to a lost stage from the board, with a reason.";
          throw new ValidationError(message, { stageId: [message] });
        }
        throw err;
      }
    }
    return (await q.getDeal(tx, { tenantId, id }))!;
  });
}

export async function moveDeal(ctx: CrmCtx, input: z.output<typeof moveDealInput>) {
  const tenantId = ctx.tenant.id;
  return ctx.withTenant(async (tx) => {
    const current = await q.findDeal(tx, tenantId, input.id);
    if (!current) throw new NotFoundError(NOT_FOUND);
    const stage = await q.findStage(tx, tenantId, input.stageId);
    if (!stage) throw new NotFoundError("This stage does not exist.");
    const beforeId = input.beforeId ?? null;
    if (beforeId) {
      if (beforeId === input.id) {
        throw new ValidationError("A deal cannot go before itself.", { beforeId: ["A deal cannot go before itself."] });
      }
      const before = await q.findDeal(tx, tenantId, beforeId);
      if (!before) throw new NotFoundError(NOT_FOUND);
      if (before.stageId !== stage.id) {
        const message = "That deal is in another stage.";
        throw new ValidationError(message, { beforeId: [message] });
      }
    }
    await moveWithin(tx, ctx, current, stage, beforeId, input.lostReason);
    return (await q.getDeal(tx, { tenantId, id: input.id }))!;
  });
}

/** Deletes the deal with its files (P19). */
export async function deleteDeal(ctx: CrmCtx, id: string) {
  const deleted = await deleteRecordsWithFiles(ctx, async (tx) =>
    (await q.deleteDeal(tx, { tenantId: ctx.tenant.id, id })) ? [{ kind: "deal", id }] : null,
  );
  if (!deleted) throw new NotFoundError(NOT_FOUND);
  return { id };
}
