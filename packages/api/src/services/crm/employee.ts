import * as q from "@abante/db/queries";
import type { createEmployeeInput, listEmployeesInput, updateEmployeeInput } from "@abante/validators";
import type { z } from "zod";
import { NotFoundError } from "../../errors";
import { type CrmCtx, checkMembers, FieldProblems, paged } from "./common";
import { deleteRecordsWithFiles } from "./files";

type EmployeeFields = Omit<z.output<typeof createEmployeeInput>, "tenant">;
export type EmployeePatch = Partial<Omit<z.output<typeof updateEmployeeInput>, "tenant" | "id">>;

const NOT_FOUND = "This employee does not exist.";

export function listEmployees(ctx: CrmCtx, input: z.output<typeof listEmployeesInput>) {
  return paged(() =>
    ctx.withTenant((tx) =>
      q.listEmployees(tx, {
        tenantId: ctx.tenant.id,
        search: input.search,
        department: input.department,
        cursor: input.cursor,
        limit: input.limit,
      }),
    ),
  );
}

export async function getEmployee(ctx: CrmCtx, id: string) {
  const found = await ctx.withTenant((tx) => q.getEmployee(tx, { tenantId: ctx.tenant.id, id }));
  if (!found) throw new NotFoundError(NOT_FOUND);
  return found;
}

export async function createEmployee(ctx: CrmCtx, fields: EmployeeFields) {
  const tenantId = ctx.tenant.id;
  return ctx.withTenant(async (tx) => {
    const problems = new FieldProblems();
    // Linking an account shows its name and e-mail here: only accounts that are members of this tenant qualify.
    await checkMembers(tx, tenantId, { accountId: fields.accountId }, problems);
    problems.throwIfAny();
    const id = await q.insertEmployee(tx, {
      tenantId,
      values: {
        firstName: fields.firstName,
        lastName: fields.lastName,
        jobTitle: fields.jobTitle,
        department: fields.department,
        email: fields.email ?? null,
        phone: fields.phone ?? null,
        startDate: fields.startDate ?? null,
        accountId: fields.accountId ?? null,
      },
    });
    return (await q.getEmployee(tx, { tenantId, id }))!;
  });
}

export async function updateEmployee(ctx: CrmCtx, id: string, patch: EmployeePatch) {
  const tenantId = ctx.tenant.id;
  return ctx.withTenant(async (tx) => {
    if (!(await q.getEmployee(tx, { tenantId, id }))) throw new NotFoundError(NOT_FOUND);
    const problems = new FieldProblems();
    await checkMembers(tx, tenantId, { accountId: patch.accountId }, problems);
    problems.throwIfAny();
    const values: Partial<q.EmployeeValues> = {};
    for (const [key, value] of Object.entries(patch)) {
      if (value !== undefined) (values as Record<string, unknown>)[key] = value;
    }
    await q.updateEmployee(tx, { tenantId, id, patch: values });
    return (await q.getEmployee(tx, { tenantId, id }))!;
  });
}

/** Deletes the employee with its files (P19). */
export async function deleteEmployee(ctx: CrmCtx, id: string) {
  const deleted = await deleteRecordsWithFiles(ctx, async (tx) =>
    (await q.deleteEmployee(tx, { tenantId: ctx.tenant.id, id })) ? [{ kind: "employee", id }] : null,
  );
  if (!deleted) throw new NotFoundError(NOT_FOUND);
  return { id };
}
