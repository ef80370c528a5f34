import type { Db } from "@abante/db";
import { Cron } from "croner";
import type { Logger } from "pino";
import { runJob } from "./runner";
import type { Job } from "./types";

export interface Scheduler {
  /** Stops firing new runs and waits for the ones in progress. */
  stop(): Promise<void>;
}

export function startScheduler(db: Db, jobs: Job[], log: Logger, clock: () => Date = () => new Date()): Scheduler {
  const running = new Set<Promise<unknown>>();
  let stopped = false;
  const crons = jobs.map(
    (job) =>
      new Cron(job.schedule, { timezone: "UTC", protect: true, unref: true, name: job.name }, async () => {
        if (stopped) return;
        const now = clock();
        // Ticks are keyed to the minute so that servers whose clocks differ by seconds agree on the tick.
        const tick = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
        const p = runJob(db, job, now, tick).then((r) => {
          if (r.status === "failed") log.error({ job: job.name, error: r.error }, "job failed");
          else if (r.status === "done") log.info({ job: job.name, rows: r.rowsAffected }, "job done");
        });
        running.add(p);
        await p.finally(() => running.delete(p));
      }),
  );
  return {
    async stop() {
      stopped = true;
      for (const c of crons) c.stop();
      await Promise.allSettled([...running]);
    },
  };
}
