import { trpc } from "./trpc";

// Components call these named wrappers, never the client directly: one place to see (and later cache or preload)
// what the app asks of the API.

interface CallOptions {
  /** Aborts the call, e.g. `AbortSignal.timeout(10_000)` so a hung request cannot stall a poll forever. */
  signal?: AbortSignal;
}

/** Health of the platform: database, migrations, demo data and scheduled jobs. Public, no input. */
export function getPlatformStatus(options: CallOptions = {}) {
  return trpc.platform.status.query(undefined, { signal: options.signal });
}

export type PlatformStatus = Awaited<ReturnType<typeof getPlatformStatus>>;
export type PlatformJob = PlatformStatus["jobs"][number];
