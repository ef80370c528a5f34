import { byId, createStageInput, reorderStagesInput, tenantScoped, updateStageInput } from "@abante/validators";
import { patchOf } from "../services/crm/common";
import { createStage, deleteStage, listStages, reorderStages, updateStage } from "../services/crm/stage";
import { createTRPCRouter, tenantAdminProcedure, tenantProcedure } from "../trpc";

/** The pipeline: every member reads it (the board needs it); admins shape it. */
export const stageRouter = createTRPCRouter({
  list: tenantProcedure.input(tenantScoped).query(({ ctx }) => listStages(ctx)),
  create: tenantAdminProcedure
    .input(createStageInput)
    .mutation(({ ctx, input: { tenant: _, ...fields } }) => createStage(ctx, fields)),
  update: tenantAdminProcedure
    .input(updateStageInput)
    .mutation(({ ctx, input }) => updateStage(ctx, input.id, patchOf(input))),
  reorder: tenantAdminProcedure.input(reorderStagesInput).mutation(({ ctx, input }) => reorderStages(ctx, input.ids)),
  delete: tenantAdminProcedure.input(byId).mutation(({ ctx, input }) => deleteStage(ctx, input.id)),
});
