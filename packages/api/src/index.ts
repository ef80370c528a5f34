import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "./root";

export {
  type AppInfo,
  type ConsentCookie,
  type Context,
  type CreateContextOptions,
  createContext,
  type Logger,
  memoryConsentCookie,
  type RequestMeta,
  type SessionCookies,
  type SessionInfo,
} from "./context";
export * from "./errors";
// F4 (marketing site): bot check, request-limit map and demo data for the server.
export {
  type BotCheck,
  type BotVerdict,
  createPow,
  createRecaptchaCheck,
  encodePowPayload,
  type Pow,
  processPow,
} from "./pow";
export { type AppRouter, appRouter } from "./root";
export { DEMO_TENANT_SLUG } from "./router/platform";
export { ALTCHA_CHALLENGE_LIMIT, MARKETING_PROCEDURE_LIMITS } from "./services/marketing/limits";
export { seedMarketing } from "./services/marketing/seed";
export { type MembershipRole, resolveTenantAccess, type TenantAccess } from "./services/tenant-access";
export { createCallerFactory } from "./trpc";

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
