import { byId, createCompanyInput, listCompaniesInput, updateCompanyInput } from "@abante/validators";
import { patchOf } from "../services/crm/common";
import { createCompany, deleteCompany, getCompany, listCompanies, updateCompany } from "../services/crm/company";
import { createTRPCRouter, tenantProcedure } from "../trpc";

export const companyRouter = createTRPCRouter({
  list: tenantProcedure.input(listCompaniesInput).query(({ ctx, input }) => listCompanies(ctx, input)),
  get: tenantProcedure.input(byId).query(({ ctx, input }) => getCompany(ctx, input.id)),
  create: tenantProcedure
    .input(createCompanyInput)
    .mutation(({ ctx, input: { tenant: _, ...fields } }) => createCompany(ctx, fields)),
  update: tenantProcedure
    .input(updateCompanyInput)
    .mutation(({ ctx, input }) => updateCompany(ctx, input.id, patchOf(input))),
  delete: tenantProcedure.input(byId).mutation(({ ctx, input }) => deleteCompany(ctx, input.id)),
});
