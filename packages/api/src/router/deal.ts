import {
  byId,
  createDealInput,
  listDealsInput,
  moveDealInput,
  tenantScoped,
  updateDealInput,
} from "@abante/validators";
import { patchOf } from "../services/crm/common";
import { createDeal, dealBoard, deleteDeal, getDeal, listDeals, moveDeal, updateDeal } from "../services/crm/deal";
import { createTRPCRouter, tenantProcedure } from "../trpc";

export const dealRouter = createTRPCRouter({
  list: tenantProcedure.input(listDealsInput).query(({ ctx, input }) => listDeals(ctx, input)),
  board: tenantProcedure.input(tenantScoped).query(({ ctx }) => dealBoard(ctx)),
  get: tenantProcedure.input(byId).query(({ ctx, input }) => getDeal(ctx, input.id)),
  create: tenantProcedure
    .input(createDealInput)
    .mutation(({ ctx, input: { tenant: _, ...fields } }) => createDeal(ctx, fields)),
  update: tenantProcedure
    .input(updateDealInput)
    .mutation(({ ctx, input }) => updateDeal(ctx, input.id, patchOf(input))),
  move: tenantProcedure.input(moveDealInput).mutation(({ ctx, input }) => moveDeal(ctx, input)),
  delete: tenantProcedure.input(byId).mutation(({ ctx, input }) => deleteDeal(ctx, input.id)),
});
