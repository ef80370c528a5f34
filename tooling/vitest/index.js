// Plain JavaScript: Vitest loads config files through Node, which cannot import TypeScript from a workspace package.
import { basename } from "node:path";
import { defineConfig, mergeConfig } from "vitest/config";

/**
 * Shared Vitest settings. When VITEST_REPORT_DIR is set (the root `pnpm test` sets it), each package also writes
 * a JSON report there so the root script can print one total for the whole repository.
 * @param {string} dir the package folder (import.meta.dirname)
 * @param {import("vitest/config").ViteUserConfig} [overrides]
 */
export function vitestConfig(dir, overrides = {}) {
  const reportDir = process.env.VITEST_REPORT_DIR;
  const name = basename(dir);
  const base = defineConfig({
    test: {
      include: ["src/**/*.test.ts", "src/**/*.test.tsx", "test/**/*.test.ts"],
      testTimeout: 90_000,
      hookTimeout: 300_000,
      reporters: reportDir ? ["default", "json"] : ["default"],
      outputFile: reportDir ? { json: `${reportDir}/${name}.json` } : undefined,
    },
  });
  return mergeConfig(base, overrides);
}
