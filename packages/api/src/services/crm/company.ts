import * as q from "@abante/db/queries";
import type { createCompanyInput, listCompaniesInput, updateCompanyInput } from "@abante/validators";
import type { z } from "zod";
import { NotFoundError } from "../../errors";
import { type CrmCtx, checkMembers, FieldProblems, paged } from "./common";
import { deleteRecordsWithFiles } from "./files";

type CompanyFields = Omit<z.output<typeof createCompanyInput>, "tenant">;
export type CompanyPatch = Partial<Omit<z.output<typeof updateCompanyInput>, "tenant" | "id">>;

const NOT_FOUND = "This company does not exist.";

export function listCompanies(ctx: CrmCtx, input: z.output<typeof listCompaniesInput>) {
  return paged(() =>
    ctx.withTenant((tx) =>
      q.listCompanies(tx, {
        tenantId: ctx.tenant.id,
        search: input.search,
        ownerAccountId: input.ownerAccountId,
        tag: input.tag,
        sort: input.sort,
        direction: input.direction,
        cursor: input.cursor,
        limit: input.limit,
      }),
    ),
  );
}

export async function getCompany(ctx: CrmCtx, id: string) {
  const found = await ctx.withTenant((tx) => q.getCompany(tx, { tenantId: ctx.tenant.id, id }));
  if (!found) throw new NotFoundError(NOT_FOUND);
  return found;
}

export async function createCompany(ctx: CrmCtx, fields: CompanyFields) {
  const tenantId = ctx.tenant.id;
  return ctx.withTenant(async (tx) => {
    const problems = new FieldProblems();
    await checkMembers(tx, tenantId, { ownerAccountId: fields.ownerAccountId }, problems);
    problems.throwIfAny();
    const id = await q.insertCompany(tx, {
      tenantId,
      values: {
        name: fields.name,
        domain: fields.domain,
        phone: fields.phone ?? null,
        address: fields.address,
        industry: fields.industry,
        ownerAccountId: fields.ownerAccountId ?? null,
        tags: fields.tags,
        notes: fields.notes,
      },
    });
    return (await q.getCompany(tx, { tenantId, id }))!;
  });
}

export async function updateCompany(ctx: CrmCtx, id: string, patch: CompanyPatch) {
  const tenantId = ctx.tenant.id;
  return ctx.withTenant(async (tx) => {
    if (!(await q.findCompany(tx, tenantId, id))) throw new NotFoundError(NOT_FOUND);
    const problems = new FieldProblems();
    await checkMembers(tx, tenantId, { ownerAccountId: patch.ownerAccountId }, problems);
    problems.throwIfAny();
    const { phone, ownerAccountId, ...rest } = patch;
    await q.updateCompany(tx, {
      tenantId,
      id,
      patch: {
        ...rest,
        ...(phone !== undefined ? { phone } : {}),
        ...(ownerAccountId !== undefined ? { ownerAccountId } : {}),
      },
    });
    return (await q.getCompany(tx, { tenantId, id }))!;
  });
}

/** Deletes the company with its files (P19). */
export async function deleteCompany(ctx: CrmCtx, id: string) {
  const deleted = await deleteRecordsWithFiles(ctx, async (tx) =>
    (await q.deleteCompany(tx, { tenantId: ctx.tenant.id, id })) ? [{ kind: "company", id }] : null,
  );
  if (!deleted) throw new NotFoundError(NOT_FOUND);
  return { id };
}
