import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { type ExtractTablesWithRelations, sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { dataDir, env } from "./env";
import type * as schema from "./schema";
import { APP_ROLE } from "./schema/_shared";
import { rows } from "./sql";

export type Schema = typeof schema;
/**
 * A Drizzle database on either backend. Both drivers share Drizzle's Postgres core, so one type serves both. Queries
 * use the SQL-like builder, never the relational `db.query` API: the schema is not handed to Drizzle, so opening a
 * transaction (every tenant request does) does not build a query builder for each of its tables.
 */
type NoSchema = Record<string, never>;
export type Db = PgDatabase<PgQueryResultHKT, NoSchema>;
export type Tx = PgTransaction<PgQueryResultHKT, NoSchema, ExtractTablesWithRelations<NoSchema>>;
export type DbOrTx = Db | Tx;
export type Driver = "pglite" | "postgres";

// From source the migrations sit beside src/; a production bundle carries a copy next to itself.
export const migrationsFolder =
  [join(import.meta.dirname, "drizzle"), join(import.meta.dirname, "..", "drizzle")].find((dir) =>
    existsSync(join(dir, "meta", "_journal.json")),
  ) ?? join(import.meta.dirname, "..", "drizzle");

interface Handle {
  driver: Driver;
  url?: string;
  pglite?: PGlite;
  pg?: postgres.Sql;
}
const handles = new WeakMap<object, Handle>();

function handle(db: Db): Handle {
  const h = handles.get(db);
  if (!h) throw new Error("not a database created by createDb()");
  return h;
}

export interface CreateDbOptions {
  /** A postgres:// URL. Defaults to DATABASE_URL; without one the embedded PGlite database is used. */
  url?: string;
  /** PGlite only: a directory, or "memory". Defaults to `<DATA_DIR>/pglite`. */
  dataDir?: string;
  /** PGlite only: start from a data directory archive (as made by `dumpDataDir`). */
  loadDataDir?: Blob;
  /** postgres only: pool size. */
  max?: number;
}

/**
 * Opens the platform database: PGlite when no URL is given, postgres.js otherwise. Same schema, same migrations.
 * Application queries run as the non-superuser role `abante_app` on both, so row-level security applies.
 * Call `migrate(db)` before the first query.
 */
export function createDb(options: CreateDbOptions = {}): Db {
  const url = options.url ?? env.DATABASE_URL;
  if (url) {
    // The role is set at connection start-up, so every pooled connection is the application role from its first query.
    const pg = postgres(url, {
      max: options.max ?? 10,
      onnotice: () => {},
      connection: { options: `-c role=${APP_ROLE}` },
    });
    const db = drizzlePostgres(pg, { casing: "snake_case" }) as unknown as Db;
    handles.set(db, { driver: "postgres", url, pg });
    return db;
  }
  let dir: string | undefined;
  if (options.dataDir !== "memory" && !options.loadDataDir) {
    dir = options.dataDir ?? join(dataDir(), "pglite");
    mkdirSync(dir, { recursive: true });
  }
  const pglite = new PGlite({ dataDir: dir, loadDataDir: options.loadDataDir, extensions: { pg_trgm } });
  const db = drizzlePglite(pglite, { casing: "snake_case" }) as unknown as Db;
  handles.set(db, { driver: "pglite", pglite });
  return db;
}

export function driverOf(db: Db): Driver {
  return handle(db).driver;
}

/** The PGlite instance behind an embedded database (for dumps in tests), or undefined on Postgres. */
export function pgliteOf(db: Db): PGlite | undefined {
  return handle(db).pglite;
}

const MIGRATION_LOCK = 727_274_001;

/**
 * Applies the committed migrations. Idempotent; on Postgres it holds an advisory lock so that several servers
 * starting together migrate once. Migrations run as the connecting login, not as the application role.
 */
export async function migrate(db: Db): Promise<void> {
  const h = handle(db);
  if (h.driver === "pglite") {
    const pg = h.pglite!;
    await pg.exec("RESET ROLE");
    try {
      await migratePglite(db as never, { migrationsFolder });
    } finally {
      // PGlite is a single connection: switching the session role here makes every later query the app role.
      await pg.exec(`SET ROLE ${APP_ROLE}`);
    }
    return;
  }
  const admin = postgres(h.url!, { max: 1, onnotice: () => {} });
  try {
    await admin`select pg_advisory_lock(${MIGRATION_LOCK})`;
    await migratePostgres(drizzlePostgres(admin), { migrationsFolder });
  } finally {
    await admin`select pg_advisory_unlock(${MIGRATION_LOCK})`.catch(() => {});
    await admin.end({ timeout: 5 });
  }
}

/** Number of migrations recorded as applied. */
export async function appliedMigrations(db: Db): Promise<number> {
  const [row] = await rows<{ n: number }>(db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
  return row?.n ?? 0;
}

/** Round trip to the database; throws when it is unreachable. */
export async function ping(db: Db): Promise<number> {
  const started = performance.now();
  await db.execute(sql`select 1`);
  return performance.now() - started;
}

export async function closeDb(db: Db): Promise<void> {
  const h = handle(db);
  if (h.pglite) await h.pglite.close();
  if (h.pg) await h.pg.end({ timeout: 10 });
}
