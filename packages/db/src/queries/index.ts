// SQL of the CRM entities (F3): `verbEntity(tx, params)` helpers over a tenant transaction (`withTenant`). They
// return rows shaped for the API and hold every ordering and search rule in one place; services add validation.
export * from "./activity";
export * from "./attachment";
export * from "./company";
export * from "./contact";
export * from "./contact-search";
export * from "./deal";
export * from "./employee";
export * from "./keyset";
export * from "./search-text";
export * from "./shared";
export * from "./stage";
