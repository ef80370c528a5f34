// Test support: a migrated, empty database per test file, on PGlite by default and on Postgres when DATABASE_URL
// is set (one fresh database per file, dropped afterwards, so parallel files never see each other's rows).
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import postgres from "postgres";
import { closeDb, createDb, type Db, type Driver, migrate, migrationsFolder, pgliteOf } from "./client";
import { env, repoRoot } from "./env";
import { APP_ROLE } from "./schema/_shared";

export interface TestDb {
  db: Db;
  driver: Driver;
  /** Runs SQL as the database owner (DDL, catalog fixtures): never as the application role. */
  ownerExec(sqlText: string): Promise<void>;
  close(): Promise<void>;
}

function migrationsHash(): string {
  const h = createHash("sha256");
  for (const dir of [migrationsFolder, join(migrationsFolder, "meta")]) {
    for (const f of readdirSync(dir).sort()) {
      if (f.endsWith(".sql") || f.endsWith(".json")) h.update(f).update(readFileSync(join(dir, f)));
    }
  }
  return h.digest("hex").slice(0, 16);
}

/** PGlite takes a while to migrate from scratch: migrate once, keep the data directory, start each test from it. */
async function migratedPgliteArchive(): Promise<Blob> {
  const cacheDir = join(repoRoot(), "node_modules", ".cache", "abante");
  const file = join(cacheDir, `pglite-${migrationsHash()}.tar.gz`);
  if (existsSync(file)) return new Blob([readFileSync(file)]);
  const db = createDb({ dataDir: "memory" });
  await migrate(db);
  const blob = await pgliteOf(db)!.dumpDataDir("gzip");
  await closeDb(db);
  mkdirSync(cacheDir, { recursive: true });
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
  writeFileSync(tmp, Buffer.from(await blob.arrayBuffer()));
  renameSync(tmp, file);
  return blob;
}

export async function createTestDb(): Promise<TestDb> {
  const url = env.DATABASE_URL;
  if (!url) {
    const db = createDb({ loadDataDir: await migratedPgliteArchive() });
    await migrate(db); // a no-op on the migrated copy, and it switches the session to the application role
    const pg = pgliteOf(db)!;
    return {
      db,
      driver: "pglite",
      async ownerExec(sqlText) {
        await pg.exec(`RESET ROLE; ${sqlText}; SET ROLE ${APP_ROLE}`);
      },
      close: () => closeDb(db),
    };
  }
  const name = `abante_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const testUrl = new URL(url);
  testUrl.pathname = `/${name}`;
  const db = createDb({ url: testUrl.toString(), max: 4 });
  await migrate(db);
  const owner = postgres(testUrl.toString(), { max: 1, onnotice: () => {} });
  return {
    db,
    driver: "postgres",
    async ownerExec(sqlText) {
      await owner.unsafe(sqlText);
    },
    async close() {
      await closeDb(db);
      await owner.end({ timeout: 5 });
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}

/**
 * For tests that start the platform as a separate process: on Postgres a fresh, empty database (dropped by `drop`),
 * on PGlite a fresh data directory. Returns the environment the process needs.
 */
export async function scratchDatabaseEnv(
  dataDir: string,
): Promise<{ env: Record<string, string>; drop(): Promise<void> }> {
  const url = env.DATABASE_URL;
  if (!url) return { env: { DATA_DIR: dataDir, DATABASE_URL: "" }, drop: async () => {} };
  const name = `abante_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const scratch = new URL(url);
  scratch.pathname = `/${name}`;
  return {
    env: { DATA_DIR: dataDir, DATABASE_URL: scratch.toString() },
    async drop() {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}
