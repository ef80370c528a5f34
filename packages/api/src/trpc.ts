import { type TenantTx, withTenant } from "@abante/db";
import { tenantInput } from "@abante/validators";
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError, z } from "zod";
import type { Context } from "./context";
import { ServiceError, toTRPCError } from "./errors";
import { type MembershipRole, resolveTenantAccess } from "./services/tenant-access";

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  // Never put stack traces in responses, whatever NODE_ENV says.
  isDev: false,
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    let fieldErrors: Record<string, string[]> | undefined;
    let message = shape.message;
    if (cause instanceof ZodError) {
      fieldErrors = {};
      for (const issue of cause.issues) {
        const key = issue.path.join(".") || "_";
        fieldErrors[key] = [...(fieldErrors[key] ?? []), issue.message];
      }
      message = "Some fields are not valid.";
    } else if (cause instanceof ServiceError && cause.fieldErrors) {
      fieldErrors = cause.fieldErrors;
    }
    return {
      ...shape,
      message,
      data: { code: shape.data.code, httpStatus: shape.data.httpStatus, path: shape.data.path, fieldErrors },
    };
  },
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;
export const mergeRouters = t.mergeRouters;

/** Every procedure goes through this: one place turns thrown errors into what the client may see. */
const mapErrors = t.middleware(async ({ ctx, next, path, type }) => {
  const result = await next();
  if (result.ok) return result;
  const wrapped = result.error;
  const cause = wrapped.cause;
  // tRPC wraps anything a resolver throws as INTERNAL_SERVER_ERROR with the original as cause.
  const source =
    wrapped.code === "INTERNAL_SERVER_ERROR" && cause ? cause : cause instanceof ServiceError ? cause : wrapped;
  const { error, expected } = toTRPCError(source);
  if (!expected)
    ctx.log.error({ err: cause ?? wrapped, path, type, requestId: ctx.meta.requestId }, "procedure failed");
  throw error;
});

export const publicProcedure = t.procedure.use(mapErrors);

/** Signed-in accounts only (the session comes from the cookie, F2). */
export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.session) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in." });
  // tRPC merges the keys given here into the context: only the changed ones are passed.
  return next({ ctx: { session: ctx.session } });
});

/**
 * Procedures on one tenant's data. The input names the tenant by slug; the caller must be a member with at least
 * `minRole` (see resolveTenantAccess). The handler gets no plain database handle, only `ctx.withTenant`, so every
 * query it makes is confined by row-level security.
 */
function tenantProcedureWith(minRole: MembershipRole) {
  return authedProcedure.input(tenantInput).use(async ({ ctx, input, next }) => {
    const access = await resolveTenantAccess(ctx.db, input.tenant, ctx.session.accountId, minRole);
    const db = ctx.db;
    const tenantId = access.tenant.id;
    return next({
      ctx: {
        db: undefined as never,
        tenant: { ...access.tenant, role: access.role },
        withTenant: <T>(fn: (tx: TenantTx) => Promise<T>) => withTenant(db, tenantId, fn),
      },
    });
  });
}

export const tenantProcedure = tenantProcedureWith("member");
export const tenantAdminProcedure = tenantProcedureWith("admin");
export const tenantOwnerProcedure = tenantProcedureWith("owner");

export type StaffRole = NonNullable<NonNullable<Context["session"]>["staffRole"]>;

/** Staff-only procedures. `admin` staff may do what every staff role may. */
export function staffProcedure(...roles: StaffRole[]) {
  return authedProcedure.use(({ ctx, next }) => {
    const role = ctx.session.staffRole;
    if (!role || (roles.length > 0 && role !== "admin" && !roles.includes(role))) {
      throw new TRPCError({ code: "FORBIDDEN", message: "Staff only." });
    }
    return next({ ctx: { staffRole: role } });
  });
}

export { z };
