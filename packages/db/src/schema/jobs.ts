import { bigint, index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** One run of a scheduled job: who ran, when, how much it touched and how it failed. */
export const jobRun = pgTable(
  "job_run",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    name: text().notNull(),
    startedAt: timestamp({ withTimezone: true }).notNull(),
    finishedAt: timestamp({ withTimezone: true }),
    rowsAffected: integer().notNull().default(0),
    error: text(),
  },
  (t) => [index("job_run_name_started_idx").on(t.name, t.startedAt), index("job_run_started_idx").on(t.startedAt)],
);
