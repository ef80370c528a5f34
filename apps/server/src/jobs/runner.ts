import { type Db, rows, schema } from "@abante/db";
import { sql } from "drizzle-orm";
import type { Job } from "./types";

export type RunResult =
  | { status: "done"; rowsAffected: number }
  | { status: "skipped"; reason: "locked" | "already-ran" }
  | { status: "failed"; error: string };

/**
 * Runs a job once under a transaction-scoped advisory lock, so that of N servers firing the same tick one does the
 * work. A tick already recorded in job_run is not run again. Every run that does work is recorded, failures too.
 */
export async function runJob(db: Db, job: Job, now: Date, tick: Date | null = null): Promise<RunResult> {
  const startedAt = new Date();
  try {
    return await db.transaction(async (tx) => {
      const [lock] = await rows<{ ok: boolean }>(
        tx,
        sql`select pg_try_advisory_xact_lock(hashtext(${`abante:job:${job.name}`})) as ok`,
      );
      if (!lock?.ok) return { status: "skipped", reason: "locked" } as const;
      if (tick) {
        const [seen] = await rows<{ n: number }>(
          tx,
          sql`select count(*)::int as n from job_run where name = ${job.name} and scheduled_for = ${tick.toISOString()}`,
        );
        if (seen && seen.n > 0) return { status: "skipped", reason: "already-ran" } as const;
      }
      const rowsAffected = await job.run({ db: tx, now, batchSize: job.batchSize });
      await tx.insert(schema.jobRun).values({
        name: job.name,
        scheduledFor: tick,
        startedAt,
        finishedAt: new Date(),
        rowsAffected,
      });
      return { status: "done", rowsAffected } as const;
    });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    // The job's transaction rolled back; the failure is recorded on its own. A tick stays retryable after a failure.
    await db
      .insert(schema.jobRun)
      .values({ name: job.name, startedAt, finishedAt: new Date(), rowsAffected: 0, error: message.slice(0, 2000) });
    return { status: "failed", error: message };
  }
}
