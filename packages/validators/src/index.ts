export { tenantInput, tenantSlug } from "./tenancy";
