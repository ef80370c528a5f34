import { byId, createActivityInput, timelineInput, updateActivityInput } from "@abante/validators";
import { createActivity, deleteActivity, timeline, updateActivity } from "../services/crm/activity";
import { patchOf } from "../services/crm/common";
import { createTRPCRouter, tenantProcedure } from "../trpc";

export const activityRouter = createTRPCRouter({
  timeline: tenantProcedure.input(timelineInput).query(({ ctx, input }) => timeline(ctx, input)),
  create: tenantProcedure
    .input(createActivityInput)
    .mutation(({ ctx, input: { tenant: _, ...fields } }) => createActivity(ctx, fields)),
  update: tenantProcedure
    .input(updateActivityInput)
    .mutation(({ ctx, input }) => updateActivity(ctx, input.id, patchOf(input))),
  delete: tenantProcedure.input(byId).mutation(({ ctx, input }) => deleteActivity(ctx, input.id)),
});
