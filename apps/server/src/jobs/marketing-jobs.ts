import { sql } from "drizzle-orm";
import {
  deleteExpiredRequestLog,
  ensureRequestLogPartitions,
  statsDaysToCompute,
  storeDailyStats,
} from "../request-log/maintenance";
import { affected } from "./prune-job-runs";
import type { Job } from "./types";

/** P5: the monthly partitions of the request log exist for this month and the next two, ahead of the traffic. */
export const requestLogPartitions: Job = {
  name: "request-log-partitions",
  schedule: "11 2 * * *",
  batchSize: 3,
  run: ({ db, now }) => ensureRequestLogPartitions(db, now, 2),
};

/** P26: request-log rows older than 6 months are deleted, unless a legal hold covers them; empty months dropped. */
export const requestLogRetention: Job = {
  name: "request-log-retention",
  schedule: "*/20 * * * *",
  batchSize: 20_000,
  async run({ db, now, batchSize }) {
    const { deleted, partitionsDropped } = await deleteExpiredRequestLog(db, now, batchSize);
    return deleted + partitionsDropped;
  },
};

/** P12: yesterday's page views, aggregated with small groups suppressed (plus days missed while down). */
export const requestStatsDaily: Job = {
  name: "request-stats-daily",
  schedule: "23 0 * * *",
  batchSize: 1000,
  async run({ db, now, batchSize }) {
    let stored = 0;
    for (const day of await statsDaysToCompute(db, now)) stored += await storeDailyStats(db, day, batchSize);
    return stored;
  },
};

/** P7: used proof-of-work challenges are only kept until they expire (replay protection). */
export const pruneUsedChallenges: Job = {
  name: "prune-used-challenges",
  schedule: "*/30 * * * *",
  batchSize: 10_000,
  async run({ db, now, batchSize }) {
    const result = await db.execute(sql`
      delete from used_challenge where signature in (
        select signature from used_challenge where expires_at < ${now.toISOString()}::timestamptz limit ${batchSize}
      )`);
    return affected(result);
  },
};

export const marketingJobs: Job[] = [requestLogPartitions, requestLogRetention, requestStatsDaily, pruneUsedChallenges];
