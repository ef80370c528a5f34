import type { SQL } from "drizzle-orm";
import type { DbOrTx } from "./client";

/** Runs raw SQL and returns its rows on either driver (postgres.js returns an array, PGlite `{ rows }`). */
export async function rows<T extends Record<string, unknown>>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  return Array.isArray(result) ? (result as T[]) : (result as { rows: T[] }).rows;
}
