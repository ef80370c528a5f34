import { sql } from "drizzle-orm";
import { PgTransaction } from "drizzle-orm/pg-core";
import type { DbOrTx, Tx } from "./client";
import { APP_ROLE } from "./schema/_shared";
import { rows } from "./sql";

declare const tenantBrand: unique symbol;
declare const accountBrand: unique symbol;

/** A transaction bound to one tenant. Tenant procedures receive only this handle. */
export type TenantTx = Tx & { readonly [tenantBrand]: string };
/** A transaction bound to one account: it sees that account's memberships across tenants. */
export type AccountTx = Tx & { readonly [accountBrand]: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class InvalidTenantIdError extends Error {
  constructor(what: string) {
    super(`${what} must be a UUID`);
    this.name = "InvalidTenantIdError";
  }
}

/**
 * Sets the scope and the application role for the rest of the transaction in one round trip. Both settings are
 * transaction-local (`set_config(…, true)` on `role` is `SET LOCAL ROLE`): they vanish at commit or rollback, so a
 * pooled connection never carries one tenant's context into the next request.
 */
const enter = (tx: Tx, setting: string, value: string) =>
  tx.execute(sql`select set_config(${setting}, ${value}, true), set_config('role', ${APP_ROLE}, true)`);

async function scoped<T>(
  db: DbOrTx,
  setting: "app.tenant_id" | "app.account_id",
  value: string,
  fn: (tx: Tx) => Promise<T>,
): Promise<T> {
  if (!UUID.test(value)) throw new InvalidTenantIdError(setting);
  if (!(db instanceof PgTransaction)) {
    return db.transaction(async (tx) => {
      await enter(tx, setting, value);
      return fn(tx);
    });
  }
  // Nested inside another transaction (a scheduled job, for example): a savepoint scopes the work, and the setting
  // is put back afterwards because SET LOCAL outlives a released savepoint.
  return db.transaction(async (tx) => {
    const [prev] = await rows<{ v: string | null }>(tx, sql`select current_setting(${setting}, true) as v`);
    await enter(tx, setting, value);
    const result = await fn(tx);
    await tx.execute(sql`select set_config(${setting}, ${prev?.v ?? ""}, true)`);
    return result;
  });
}

/**
 * The only way to reach tenant rows: runs `fn` in a transaction where row-level security shows and accepts the
 * rows of `tenantId` alone, as the application role.
 */
export function withTenant<T>(db: DbOrTx, tenantId: string, fn: (tx: TenantTx) => Promise<T>): Promise<T> {
  return scoped(db, "app.tenant_id", tenantId, fn as (tx: Tx) => Promise<T>);
}

/** Runs `fn` where the account's own memberships (in every tenant) are visible, and no tenant's data. */
export function withAccount<T>(db: DbOrTx, accountId: string, fn: (tx: AccountTx) => Promise<T>): Promise<T> {
  return scoped(db, "app.account_id", accountId, fn as (tx: Tx) => Promise<T>);
}
