import { byId, createEmployeeInput, listEmployeesInput, updateEmployeeInput } from "@abante/validators";
import { patchOf } from "../services/crm/common";
import { createEmployee, deleteEmployee, getEmployee, listEmployees, updateEmployee } from "../services/crm/employee";
import { createTRPCRouter, tenantProcedure } from "../trpc";

export const employeeRouter = createTRPCRouter({
  list: tenantProcedure.input(listEmployeesInput).query(({ ctx, input }) => listEmployees(ctx, input)),
  get: tenantProcedure.input(byId).query(({ ctx, input }) => getEmployee(ctx, input.id)),
  create: tenantProcedure
    .input(createEmployeeInput)
    .mutation(({ ctx, input: { tenant: _, ...fields } }) => createEmployee(ctx, fields)),
  update: tenantProcedure
    .input(updateEmployeeInput)
    .mutation(({ ctx, input }) => updateEmployee(ctx, input.id, patchOf(input))),
  delete: tenantProcedure.input(byId).mutation(({ ctx, input }) => deleteEmployee(ctx, input.id)),
});
