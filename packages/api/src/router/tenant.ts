import { createTenantInput, renameTenantInput } from "@abante/validators";
import * as tenancy from "../services/tenancy";
import { authedProcedure, createTRPCRouter, tenantAdminProcedure, tenantProcedure } from "../trpc";

/** CRM databases (P8): the caller's list, creating one, and the current tenant's summary. */
export const tenantRouter = createTRPCRouter({
  /** Every tenant the caller belongs to, for the tenant switcher. */
  mine: authedProcedure.query(({ ctx }) => tenancy.myTenants(ctx.db, ctx.session.accountId)),
  create: authedProcedure
    .input(createTenantInput)
    .mutation(({ ctx, input }) => tenancy.createTenant(ctx, ctx.session.accountId, input)),
  get: tenantProcedure.query(({ ctx }) => tenancy.getTenant(ctx)),
  rename: tenantAdminProcedure.input(renameTenantInput).mutation(({ ctx, input }) => tenancy.renameTenant(ctx, input)),
});
