import * as q from "@abante/db/queries";
import type { createStageInput, updateStageInput } from "@abante/validators";
import type { z } from "zod";
import { ConflictError, NotFoundError, ValidationError } from "../../errors";
import type { CrmCtx } from "./common";

type StageFields = Omit<z.output<typeof createStageInput>, "tenant">;
export type StagePatch = Partial<Omit<z.output<typeof updateStageInput>, "tenant" | "id">>;

const NOT_FOUND = "This stage does not exist.";

export function listStages(ctx: CrmCtx) {
  return ctx.withTenant((tx) => q.listStages(tx, ctx.tenant.id));
}

export async function createStage(ctx: CrmCtx, fields: StageFields) {
  const stage = await ctx.withTenant((tx) => q.insertStage(tx, { tenantId: ctx.tenant.id, values: fields }));
  return { ...stage, dealCount: 0 };
}

export async function updateStage(ctx: CrmCtx, id: string, patch: StagePatch) {
  const tenantId = ctx.tenant.id;
  return ctx.withTenant(async (tx) => {
    const stage = await q.findStage(tx, tenantId, id);
    if (!stage) throw new NotFoundError(NOT_FOUND);
    const dealCount = await q.countDealsInStage(tx, tenantId, id);
    // A deal's status follows the kind of its stage; flipping the kind under existing deals would silently win or
    // lose them (and a lost deal needs its reason). The deals move first, each on its own terms.
    if (patch.kind !== undefined && patch.kind !== stage.kind && dealCount > 0) {
      const message = "Move this stage's deals to other stages before changing its kind.";
      throw new ConflictError(message, { kind: [message] });
    }
    const updated = await q.updateStage(tx, { tenantId, id, patch });
    return { ...updated!, dealCount };
  });
}

/** Sets the order of the whole pipeline: `ids` lists every stage once. */
export async function reorderStages(ctx: CrmCtx, ids: string[]) {
  const tenantId = ctx.tenant.id;
  return ctx.withTenant(async (tx) => {
    const existing = new Set(await q.stageIds(tx, tenantId));
    if (ids.some((id) => !existing.has(id))) throw new NotFoundError(NOT_FOUND);
    if (new Set(ids).size !== ids.length || ids.length !== existing.size) {
      const message = "List every stage of the pipeline exactly once.";
      throw new ValidationError(message, { ids: [message] });
    }
    await q.reorderStages(tx, { tenantId, ids });
    return q.listStages(tx, tenantId);
  });
}

export async function deleteStage(ctx: CrmCtx, id: string) {
  const tenantId = ctx.tenant.id;
  return ctx.withTenant(async (tx) => {
    if (!(await q.findStage(tx, tenantId, id))) throw new NotFoundError(NOT_FOUND);
    const dealCount = await q.countDealsInStage(tx, tenantId, id);
    if (dealCount > 0) {
      throw new ConflictError(
        `${dealCount} ${dealCount === 1 ? "deal is" : "deals are"} in this stage: move them to another stage first.`,
      );
    }
    await q.deleteStage(tx, { tenantId, id });
    return { id };
  });
}
