import { byId, createEmployeeInput, listEmployeesInput, updateEmployeeInput } from "@abante/validators";
import { pickProvided } from "../services/crm/common";
import { createEmployee, deleteEmployee, getEmployee, listEmployees, updateEmployee } from "../services/crm/employee";
import { tenantPatchProcedure } from "../services/crm/procedures";
import { createTRPCRouter, tenantProcedure } from "../trpc";

export const employeeRouter = createTRPCRouter({
  list: tenantProcedure.input(listEmployeesInput).query(({ ctx, input }) => listEmployees(ctx, input)),
  get: tenantProcedure.input(byId).query(({ ctx, input }) => getEmployee(ctx, input.id)),
  create: tenantProcedure
    .input(createEmployeeInput)
    .mutation(({ ctx, input: { tenant: _, ...fields } }) => createEmployee(ctx, fields)),
  update: tenantPatchProcedure
    .input(updateEmployeeInput)
    .mutation(({ ctx, input }) => updateEmployee(ctx, input.id, pickProvided(input, ctx.rawInput))),
  delete: tenantProcedure.input(byId).mutation(({ ctx, input }) => deleteEmployee(ctx, input.id)),
});
