import { sql } from "drizzle-orm";
import type { Job } from "./types";

export const JOB_RUN_RETENTION_DAYS = 90;

/** Deletes job_run records older than 90 days, oldest first, a batch per run. */
export const pruneJobRuns: Job = {
  name: "prune-job-runs",
  schedule: "17 3 * * *",
  batchSize: 5000,
  async run({ db, now, batchSize }) {
    const cutoff = new Date(now.getTime() - JOB_RUN_RETENTION_DAYS * 24 * 3600 * 1000);
    const deleted = await db.execute(sql`
      delete from job_run where id in (
        select id from job_run where started_at < ${cutoff.toISOString()} order by started_at limit ${batchSize}
      )`);
    return affected(deleted);
  },
};

/** Row count of a write on either driver. */
export function affected(result: unknown): number {
  const r = result as { count?: number; affectedRows?: number };
  return Number(r.count ?? r.affectedRows ?? 0);
}
