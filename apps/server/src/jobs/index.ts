import { pruneAuthAttemptsJob, pruneExpiredSessions, pruneExpiredTokens } from "./identity-jobs";
import { pruneUsedChallenges, requestLogPartitions, requestLogRetention, requestStatsDaily } from "./marketing-jobs";
import { pruneJobRuns } from "./prune-job-runs";
import type { Job } from "./types";

/** Every scheduled job of the platform. Later issues add the retention jobs here. */
export const jobs: Job[] = [
  pruneJobRuns,
  pruneExpiredSessions,
  pruneExpiredTokens,
  pruneAuthAttemptsJob,
  requestLogPartitions,
  requestLogRetention,
  requestStatsDaily,
  pruneUsedChallenges,
];

export { runJob } from "./runner";
export { startScheduler } from "./scheduler";
export type { Job } from "./types";
