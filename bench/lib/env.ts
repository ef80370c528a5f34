// The benchmark's only setting: the Postgres database parts a–c run against. The embedded PGlite database is not
// benchmarked there: one WebAssembly connection says nothing about the production database's behaviour at 1M rows.
// Parts d and e (what the browser gets) need no database of the caller's: the production server they start has its
// own embedded one (lib/site.ts).

export interface BenchEnv {
  /** Set whenever a database part (a, b, c) runs. */
  databaseUrl?: string;
}

export function loadBenchEnv(
  source: NodeJS.ProcessEnv = process.env,
  needsDatabase = true,
): BenchEnv | { error: string } {
  if (!needsDatabase) return {};
  const url = source.DATABASE_URL?.trim();
  if (!url) {
    return {
      error:
        "pnpm bench parts a, b and c need Postgres: set DATABASE_URL, e.g.\n" +
        "  DATABASE_URL=postgres://postgres@127.0.0.1:5432/abante_bench pnpm bench\n" +
        "(the database must exist; `pnpm seed --contacts 1000000` with the same DATABASE_URL fills it).\n" +
        "Parts d and e need no database: pnpm bench --only d,e",
    };
  }
  if (!/^postgres(ql)?:\/\//.test(url)) return { error: "DATABASE_URL must be a postgres:// URL" };
  return { databaseUrl: url };
}
