export * from "./crm";
export * from "./identity";
export { tenantInput, tenantSlug } from "./tenancy";
