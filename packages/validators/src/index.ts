export * from "./identity";
export { tenantInput, tenantSlug } from "./tenancy";
