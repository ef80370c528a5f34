// `node scripts/pnpm.mjs ARGS…`: install if needed, then run the pinned pnpm with ARGS.
import { ensureInstalled, runPnpm } from "./lib.mjs";

ensureInstalled();
process.exitCode = await runPnpm(process.argv.slice(2));
