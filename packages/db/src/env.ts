import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { z } from "zod";

const schema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  DATA_DIR: z.string().optional(),
});

export const env = schema.parse(process.env);

/** The repository root (the folder holding pnpm-workspace.yaml), or the working directory outside a checkout. */
export function repoRoot(from = process.cwd()): string {
  let dir = resolve(from);
  for (;;) {
    if (existsSync(join(dir, "pnpm-workspace.yaml"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return resolve(from);
    dir = parent;
  }
}

/** Where embedded mode keeps its files (PGlite data, blobs): DATA_DIR, else `.data/` at the repository root. */
export function dataDir(): string {
  return env.DATA_DIR ? resolve(env.DATA_DIR) : join(repoRoot(), ".data");
}
