export {
  AUDIT_GENESIS_HASH,
  type AuditChainVerdict,
  type AuditEvent,
  type AuditInput,
  appendAudit,
  auditHash,
  canonicalJson,
  verifyAuditChain,
} from "./audit";
export {
  appliedMigrations,
  type CreateDbOptions,
  closeDb,
  createDb,
  type Db,
  type DbOrTx,
  type Driver,
  driverOf,
  migrate,
  migrationsFolder,
  ping,
  type Schema,
  type Tx,
} from "./client";
export { dataDir, repoRoot } from "./env";
export { type InvariantRule, tenantInvariantViolations, type Violation } from "./invariants";
export * as schema from "./schema";
export { prepared, rows } from "./sql";
export { type AccountTx, InvalidTenantIdError, type TenantTx, withAccount, withTenant } from "./tenant";
export { seedTenant } from "./test-fixtures";
