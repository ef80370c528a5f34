import { bigint, index, integer, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

/** One run of a scheduled job: who ran, when, how much it touched and how it failed. */
export const jobRun = pgTable(
  "job_run",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    name: text().notNull(),
    /** The schedule tick this run serves; null for a run started by hand. One run per job and tick, cluster-wide. */
    scheduledFor: timestamp({ withTimezone: true }),
    startedAt: timestamp({ withTimezone: true }).notNull(),
    finishedAt: timestamp({ withTimezone: true }),
    rowsAffected: integer().notNull().default(0),
    error: text(),
  },
  (t) => [
    uniqueIndex("job_run_name_tick_key").on(t.name, t.scheduledFor),
    index("job_run_name_started_idx").on(t.name, t.startedAt),
    index("job_run_started_idx").on(t.startedAt),
  ],
);
