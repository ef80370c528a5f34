import { rows, schema } from "@abante/db";
import { createTestDb, type TestDb } from "@abante/db/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { JOB_RUN_RETENTION_DAYS, pruneJobRuns } from "./prune-job-runs";
import { runJob } from "./runner";
import type { Job } from "./types";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t?.close());
beforeEach(async () => {
  await t.db.delete(schema.jobRun);
});

const DAY = 24 * 3600 * 1000;
const now = new Date("2026-06-30T03:17:00Z");

async function names() {
  return (await t.db.select().from(schema.jobRun)).map((r) => r.name).sort();
}

describe("job runner", () => {
  it("records a successful run with the rows it affected", async () => {
    const job: Job = { name: "count-to-three", schedule: "* * * * *", batchSize: 10, run: async () => 3 };
    expect(await runJob(t.db, job, now)).toEqual({ status: "done", rowsAffected: 3 });
    const [run] = await t.db.select().from(schema.jobRun);
    expect(run).toMatchObject({ name: "count-to-three", rowsAffected: 3, error: null });
    expect(run?.finishedAt).toBeInstanceOf(Date);
  });

  it("records a failed run with its error, and rolls back the job's writes", async () => {
    const job: Job = {
      name: "explodes",
      schedule: "* * * * *",
      batchSize: 10,
      async run({ db }) {
        await db.insert(schema.jobRun).values({ name: "written-by-the-job", startedAt: now });
        throw new Error("disk on fire");
      },
    };
    expect(await runJob(t.db, job, now)).toEqual({ status: "failed", error: "disk on fire" });
    const all = await t.db.select().from(schema.jobRun);
    expect(all.map((r) => [r.name, r.error])).toEqual([["explodes", "disk on fire"]]);
  });

  it("runs a schedule tick once, however many servers fire it", async () => {
    let runs = 0;
    const job: Job = {
      name: "once",
      schedule: "* * * * *",
      batchSize: 10,
      async run() {
        runs++;
        await new Promise((r) => setTimeout(r, 50));
        return 1;
      },
    };
    const tick = new Date("2026-06-30T03:17:00Z");
    const results = await Promise.all([1, 2, 3, 4].map(() => runJob(t.db, job, now, tick)));
    expect(runs).toBe(1);
    expect(results.filter((r) => r.status === "done")).toHaveLength(1);
    expect(results.filter((r) => r.status === "skipped")).toHaveLength(3);
    // The next tick runs again.
    await runJob(t.db, job, now, new Date(tick.getTime() + 60_000));
    expect(runs).toBe(2);
  });
});

describe("prune-job-runs (fake clock)", () => {
  it(`deletes runs older than ${JOB_RUN_RETENTION_DAYS} days, keeps newer ones, a batch at a time`, async () => {
    const old = Array.from({ length: 7 }, (_, i) => ({
      name: `old-${i}`,
      startedAt: new Date(now.getTime() - (JOB_RUN_RETENTION_DAYS + 1 + i) * DAY),
    }));
    const recent = [
      { name: "recent-1", startedAt: new Date(now.getTime() - (JOB_RUN_RETENTION_DAYS - 1) * DAY) },
      { name: "recent-2", startedAt: new Date(now.getTime() - DAY) },
    ];
    await t.db.insert(schema.jobRun).values([...old, ...recent]);
    const job = { ...pruneJobRuns, batchSize: 5 };

    expect(await runJob(t.db, job, now)).toEqual({ status: "done", rowsAffected: 5 });
    expect(await runJob(t.db, job, now)).toEqual({ status: "done", rowsAffected: 2 });
    expect(await runJob(t.db, job, now)).toEqual({ status: "done", rowsAffected: 0 });
    expect(await names()).toEqual(["prune-job-runs", "prune-job-runs", "prune-job-runs", "recent-1", "recent-2"]);

    // 2 days later the 89-day-old run has crossed the line.
    const later = new Date(now.getTime() + 2 * DAY);
    expect(await runJob(t.db, job, later)).toEqual({ status: "done", rowsAffected: 1 });
    const [left] = await rows<{ n: number }>(t.db, sql`select count(*)::int as n from job_run where name = 'recent-1'`);
    expect(left?.n).toBe(0);
  });
});
