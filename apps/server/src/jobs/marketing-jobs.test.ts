import { rows, schema } from "@abante/db";
import { createTestDb, type TestDb } from "@abante/db/testing";
import { requestLogCutoff, retention } from "@abante/privacy";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { OTHER } from "../request-log/maintenance";
import { pruneUsedChallenges, requestLogPartitions, requestLogRetention, requestStatsDaily } from "./marketing-jobs";
import { runJob } from "./runner";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t?.close());
beforeEach(async () => {
  await t.db.delete(schema.requestLog);
  await t.db.delete(schema.legalHold);
  await t.db.delete(schema.requestStatDaily);
});

const DAY = 24 * 3600 * 1000;
type Row = typeof schema.requestLog.$inferInsert;
const row = (at: Date, extra: Partial<Row> = {}): Row => ({
  at,
  kind: "page",
  method: "GET",
  path: "/en/",
  status: 200,
  ip: "203.0.113.10",
  ...extra,
});

const partitionExists = async (name: string) =>
  (await rows<{ found: boolean }>(t.db, sql`select to_regclass(${name}) is not null as found`))[0]?.found;

describe("request-log-partitions (fake clock)", () => {
  it("creates this month's partition and the next two, once", async () => {
    const now = new Date("2031-11-15T08:00:00Z");
    expect(await runJob(t.db, requestLogPartitions, now)).toEqual({ status: "done", rowsAffected: 3 });
    for (const name of ["request_log_2031_11", "request_log_2031_12", "request_log_2032_01"]) {
      expect(await partitionExists(name), name).toBe(true);
    }
    expect(await runJob(t.db, requestLogPartitions, now)).toEqual({ status: "done", rowsAffected: 0 });
    // Rows land in their month's partition.
    await t.db.insert(schema.requestLog).values(row(new Date("2031-12-02T00:00:00Z")));
    const [n] = await rows<{ n: number }>(t.db, sql`select count(*)::int as n from request_log_2031_12`);
    expect(n?.n).toBe(1);
  });
});

describe("P26 request-log retention (fake clock)", () => {
  const now = new Date("2030-09-15T12:00:00Z");
  const cutoff = requestLogCutoff(now);

  it("uses the registry's 6 months", () => {
    expect(retention.requestLogMonths).toBe(6);
    expect(cutoff.toISOString()).toBe("2030-03-15T12:00:00.000Z");
  });

  it("P26 deletes rows older than 6 months, keeps newer ones and rows under an active legal hold", async () => {
    const old = new Date(cutoff.getTime() - DAY); // 6 months and a day
    const older = new Date(cutoff.getTime() - 40 * DAY);
    const recent = new Date(cutoff.getTime() + DAY);
    const ordered = new Date(older.getTime() + 2 * DAY);
    await t.db
      .insert(schema.requestLog)
      .values([
        row(old, { path: "/old", ip: "198.51.100.1" }),
        row(older, { path: "/older", ip: "198.51.100.2" }),
        row(recent, { path: "/recent", ip: "198.51.100.1" }),
        row(old, { path: "/held-subject", ip: "192.0.2.66" }),
        row(ordered, { path: "/held-period", ip: "198.51.100.3" }),
        row(old, { path: "/released-hold", ip: "192.0.2.77" }),
      ]);
    await t.db.insert(schema.legalHold).values([
      // An incident about one address: its rows in the period are kept.
      {
        scopeTable: "request_log",
        subject: "192.0.2.66",
        fromAt: new Date(old.getTime() - DAY),
        untilAt: new Date(old.getTime() + DAY),
        reason: "Security incident INC-42: credential stuffing from this address",
      },
      // A court order on a whole period (no subject).
      {
        scopeTable: "request_log",
        subject: null,
        fromAt: new Date(ordered.getTime() - 3600_000),
        untilAt: new Date(ordered.getTime() + 3600_000),
        reason: "Legal hold: court order 2030/118",
      },
      // Released holds no longer keep anything; holds on other tables never did.
      {
        scopeTable: "request_log",
        subject: "192.0.2.77",
        fromAt: new Date(old.getTime() - DAY),
        untilAt: new Date(old.getTime() + DAY),
        reason: "Released incident",
        releasedAt: new Date(now.getTime() - DAY),
      },
      {
        scopeTable: "lead",
        subject: null,
        fromAt: new Date(old.getTime() - 100 * DAY),
        untilAt: new Date(old.getTime() + DAY),
        reason: "Another table's hold",
      },
    ]);

    const result = await runJob(t.db, requestLogRetention, now);
    expect(result.status).toBe("done");
    const left = await t.db.select({ path: schema.requestLog.path }).from(schema.requestLog);
    expect(left.map((r) => r.path).sort()).toEqual(["/held-period", "/held-subject", "/recent"]);
    // Idempotent: nothing more to delete.
    expect(await runJob(t.db, requestLogRetention, now)).toEqual({ status: "done", rowsAffected: 0 });
  });

  it("P26 deletes in batches, oldest first", async () => {
    const old = new Date(cutoff.getTime() - 10 * DAY);
    await t.db
      .insert(schema.requestLog)
      .values(Array.from({ length: 7 }, (_, i) => row(new Date(old.getTime() - i * DAY), { path: `/p${i}` })));
    await runJob(t.db, { ...requestLogRetention, batchSize: 5 }, now);
    const left = await t.db.select({ path: schema.requestLog.path }).from(schema.requestLog);
    expect(left.map((r) => r.path).sort()).toEqual(["/p0", "/p1"]);
    await runJob(t.db, { ...requestLogRetention, batchSize: 5 }, now);
    expect(await t.db.select().from(schema.requestLog)).toHaveLength(0);
  });

  it("P26 drops monthly partitions left empty past the cutoff, keeps one with held rows", async () => {
    await t.db.execute(sql`select abante_ensure_request_log_partition('2029-12-01'::date)`);
    await t.db.execute(sql`select abante_ensure_request_log_partition('2030-01-01'::date)`);
    const held = new Date("2030-01-10T00:00:00Z");
    await t.db
      .insert(schema.requestLog)
      .values([row(new Date("2029-12-05T00:00:00Z")), row(held, { ip: "192.0.2.99" })]);
    await t.db.insert(schema.legalHold).values({
      scopeTable: "request_log",
      subject: "192.0.2.99",
      fromAt: new Date("2030-01-01T00:00:00Z"),
      untilAt: new Date("2030-02-01T00:00:00Z"),
      reason: "Security incident INC-7",
    });
    await runJob(t.db, requestLogRetention, now);
    expect(await partitionExists("request_log_2029_12")).toBe(false);
    expect(await partitionExists("request_log_2030_01")).toBe(true);
    expect(await t.db.select().from(schema.requestLog)).toHaveLength(1);
  });
});

describe("P12 request-stats-daily (fake clock)", () => {
  const now = new Date("2030-10-02T00:23:00Z");
  const day = new Date("2030-10-01T09:00:00Z");

  async function views(n: number, extra: Partial<Row>, at = day) {
    await t.db.insert(schema.requestLog).values(Array.from({ length: n }, () => row(at, extra)));
  }
  const stored = () =>
    t.db.select().from(schema.requestStatDaily).orderBy(schema.requestStatDaily.day, schema.requestStatDaily.path);

  it("P12 aggregates yesterday's page views and suppresses groups under 5", async () => {
    const br = {
      path: "/pt-br/",
      country: "BR",
      language: "pt-BR",
      browser: "Chrome",
      referrer: "https://www.Google.com/search",
    };
    await views(7, br);
    await views(5, { path: "/es/pricing/", country: "ES", language: "es", browser: "Firefox" });
    await views(3, { path: "/de/", country: "DE", language: "de", browser: "Safari" });
    await views(2, { path: "/fr/", country: "FR", language: "fr", browser: "Firefox" });
    // Not page views: API calls, errors, redirects, posts, other days.
    await views(9, { ...br, kind: "api", path: "/trpc/consent.current" });
    await views(9, { ...br, status: 404 });
    await views(9, { ...br, status: 302 });
    await views(9, { ...br, method: "POST" });
    await views(9, br, new Date("2030-10-02T00:00:00Z"));

    expect(await runJob(t.db, requestStatsDaily, now)).toEqual({ status: "done", rowsAffected: 3 });
    const rowsStored = await stored();
    expect(rowsStored).toEqual([
      {
        day: "2030-10-01",
        path: OTHER,
        country: OTHER,
        language: OTHER,
        browserFamily: OTHER,
        referrerDomain: OTHER,
        views: 5,
      },
      {
        day: "2030-10-01",
        path: "/es/pricing/",
        country: "ES",
        language: "es",
        browserFamily: "Firefox",
        referrerDomain: "(none)",
        views: 5,
      },
      {
        day: "2030-10-01",
        path: "/pt-br/",
        country: "BR",
        language: "pt-BR",
        browserFamily: "Chrome",
        referrerDomain: "www.google.com",
        views: 7,
      },
    ]);
    // No stored group is smaller than 5, and no IP or other personal data is stored.
    expect(rowsStored.every((r) => r.views >= 5)).toBe(true);

    // Idempotent: a second run stores the same rows.
    await runJob(t.db, requestStatsDaily, now);
    expect(await stored()).toEqual(rowsStored);
  });

  it("P12 drops the folded group when it is under 5 too", async () => {
    await views(3, { path: "/de/", country: "DE" });
    await views(1, { path: "/fr/", country: "FR" });
    await views(6, { path: "/en/", country: "GB" });
    await runJob(t.db, requestStatsDaily, now);
    expect((await stored()).map((r) => [r.path, r.views])).toEqual([["/en/", 6]]);
  });

  it("catches up on recent days that have no aggregates, and leaves computed ones alone", async () => {
    await views(5, { path: "/en/" }, new Date("2030-09-28T10:00:00Z"));
    await views(5, { path: "/es/" }, new Date("2030-09-29T10:00:00Z"));
    await t.db.insert(schema.requestStatDaily).values({
      day: "2030-09-29",
      path: "/computed-before",
      country: "ES",
      language: "es",
      browserFamily: "Firefox",
      referrerDomain: "(none)",
      views: 12,
    });
    await runJob(t.db, requestStatsDaily, now);
    expect((await stored()).map((r) => [r.day, r.path])).toEqual([
      ["2030-09-28", "/en/"],
      ["2030-09-29", "/computed-before"],
    ]);
  });
});

describe("P7 prune-used-challenges (fake clock)", () => {
  it("deletes used challenges once expired", async () => {
    const now = new Date("2030-01-01T12:00:00Z");
    await t.db.insert(schema.usedChallenge).values([
      { signature: "expired", expiresAt: new Date(now.getTime() - 1000) },
      { signature: "live", expiresAt: new Date(now.getTime() + 60_000) },
    ]);
    expect(await runJob(t.db, pruneUsedChallenges, now)).toEqual({ status: "done", rowsAffected: 1 });
    const left = await t.db.select().from(schema.usedChallenge);
    expect(left.map((r) => r.signature)).toEqual(["live"]);
  });
});
