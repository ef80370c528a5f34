export * from "./_shared";
export * from "./audit";
export * from "./crm";
export * from "./identity";
export * from "./jobs";
export * from "./marketing";
export * from "./privacy";
export * from "./tenancy";
