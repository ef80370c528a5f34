import type { Tx } from "@abante/db";

export interface JobContext {
  /** The job's transaction; the job's advisory lock is held for as long as it lasts. */
  db: Tx;
  /** The time the run acts as of. Tests pass a fake clock here. */
  now: Date;
  /** The most rows one run may touch; the next run continues where this one stopped. */
  batchSize: number;
}

export interface Job {
  name: string;
  /** Cron expression (croner syntax, UTC). */
  schedule: string;
  batchSize: number;
  /** Idempotent: running it twice for the same `now` changes nothing the second time. Returns rows affected. */
  run(ctx: JobContext): Promise<number>;
}
