import { tenantAdminProcedure, tenantProcedure } from "../../trpc";

/**
 * A tenant procedure that also keeps the input as the client sent it, before Zod filled in defaults: updates apply
 * only the fields present there (see pickProvided).
 */
export const tenantPatchProcedure = tenantProcedure.use(async ({ getRawInput, next }) =>
  next({ ctx: { rawInput: await getRawInput() } }),
);

/** The same for admin-only procedures. */
export const tenantAdminPatchProcedure = tenantAdminProcedure.use(async ({ getRawInput, next }) =>
  next({ ctx: { rawInput: await getRawInput() } }),
);
