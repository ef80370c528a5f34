import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "./root";

export {
  type AppInfo,
  type Context,
  type CreateContextOptions,
  createContext,
  type Logger,
  type RequestMeta,
  type SessionCookies,
  type SessionInfo,
} from "./context";
export * from "./errors";
export { type AppRouter, appRouter } from "./root";
export { DEMO_TENANT_SLUG } from "./router/platform";
export { type MembershipRole, resolveTenantAccess, type TenantAccess } from "./services/tenant-access";
export { createCallerFactory } from "./trpc";

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
