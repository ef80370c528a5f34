// The benchmark's only setting: the Postgres database to run against. The embedded PGlite database is not
// benchmarked: one WebAssembly connection says nothing about the production database's behaviour at 1M rows.

export interface BenchEnv {
  databaseUrl: string;
}

export function loadBenchEnv(source: NodeJS.ProcessEnv = process.env): BenchEnv | { error: string } {
  const url = source.DATABASE_URL?.trim();
  if (!url) {
    return {
      error:
        "pnpm bench needs Postgres: set DATABASE_URL, e.g.\n" +
        "  DATABASE_URL=postgres://postgres@127.0.0.1:5432/abante_bench pnpm bench\n" +
        "(the database must exist; `pnpm seed --contacts 1000000` with the same DATABASE_URL fills it).",
    };
  }
  if (!/^postgres(ql)?:\/\//.test(url)) return { error: "DATABASE_URL must be a postgres:// URL" };
  return { databaseUrl: url };
}
