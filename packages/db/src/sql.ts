import type { SQL } from "drizzle-orm";
import type { Db, DbOrTx } from "./client";

/** Runs raw SQL and returns its rows on either driver (postgres.js returns an array, PGlite `{ rows }`). */
export async function rows<T extends Record<string, unknown>>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  return Array.isArray(result) ? (result as T[]) : (result as { rows: T[] }).rows;
}

const preparedCache = new WeakMap<object, Map<string, unknown>>();

/**
 * A query built once per database handle and reused: for a statement every request runs (the session lookup),
 * building the query on each call costs more than the database round trip. `build` receives
 * the handle and must return `….prepare(name)` with `sql.placeholder`s for the values. Only for a database handle,
 * never a transaction: a prepared query runs on the handle's own connections, outside any transaction.
 */
export function prepared<P>(db: Db, name: string, build: (db: Db) => P): P {
  let forDb = preparedCache.get(db);
  if (!forDb) {
    forDb = new Map();
    preparedCache.set(db, forDb);
  }
  let query = forDb.get(name) as P | undefined;
  if (query === undefined) {
    query = build(db);
    forDb.set(name, query);
  }
  return query;
}
