import { basename } from "node:path";
import { defineConfig, mergeConfig, type ViteUserConfig } from "vitest/config";

/**
 * Shared Vitest settings. When VITEST_REPORT_DIR is set (the root `pnpm test` sets it), each package also writes
 * a JSON report there so the root script can print one total for the whole repository.
 */
export function vitestConfig(dir: string, overrides: ViteUserConfig = {}) {
  const reportDir = process.env.VITEST_REPORT_DIR;
  const name = basename(dir);
  const base = defineConfig({
    test: {
      include: ["src/**/*.test.ts", "test/**/*.test.ts"],
      testTimeout: 30_000,
      hookTimeout: 60_000,
      reporters: reportDir ? ["default", "json"] : ["default"],
      outputFile: reportDir ? { json: `${reportDir}/${name}.json` } : undefined,
    },
  });
  return mergeConfig(base, overrides);
}
