// Upkeep of the request log: monthly partitions ahead of time, retention (P26), daily aggregates (P12).
import { type DbOrTx, rows, schema } from "@abante/db";
import { AGGREGATE_MIN_GROUP, requestLogCutoff } from "@abante/privacy";
import { sql } from "drizzle-orm";

/** The label of folded small groups (P12), and of every dimension of that row. */
export const OTHER = "(other)";

const DAY_MS = 24 * 3600 * 1000;

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Creates the monthly partitions of the request log for the month of `now` and the next `ahead` months (the
 * migration's SECURITY DEFINER function does the DDL). Returns how many were created.
 */
export async function ensureRequestLogPartitions(db: DbOrTx, now: Date, ahead = 2): Promise<number> {
  let created = 0;
  for (let i = 0; i <= ahead; i++) {
    const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + i, 1));
    const name = `request_log_${start.getUTCFullYear()}_${String(start.getUTCMonth() + 1).padStart(2, "0")}`;
    const [exists] = await rows<{ found: boolean }>(db, sql`select to_regclass(${name}) is not null as found`);
    if (exists?.found) continue;
    await db.execute(sql`select abante_ensure_request_log_partition(${isoDay(start)}::date)`);
    created++;
  }
  return created;
}

export interface RetentionResult {
  deleted: number;
  partitionsDropped: number;
}

/**
 * P26: deletes up to `batchSize` request-log rows older than the retention period of the privacy registry
 * (`retention.requestLogMonths`), oldest first, except rows an active legal hold covers (scope `request_log`, the
 * hold's period contains the row's time, no subject or the row's IP as subject, not released). Then drops monthly
 * partitions left empty and entirely past the cutoff.
 */
export async function deleteExpiredRequestLog(db: DbOrTx, now: Date, batchSize: number): Promise<RetentionResult> {
  const cutoff = requestLogCutoff(now).toISOString();
  const deleted = await rows<{ n: number }>(
    db,
    sql`
      with doomed as (
        select r.at, r.id from request_log r
        where r.at < ${cutoff}::timestamptz
          and not exists (
            select 1 from legal_hold h
            where h.scope_table = 'request_log' and h.released_at is null
              and r.at >= h.from_at and r.at <= h.until_at
              and (h.subject is null or h.subject = r.ip)
          )
        order by r.at
        limit ${batchSize}
      ), gone as (
        delete from request_log l using doomed d where l.at = d.at and l.id = d.id returning 1
      )
      select count(*)::int as n from gone`,
  );
  const [dropped] = await rows<{ n: number }>(
    db,
    sql`select abante_drop_empty_request_log_partitions(${cutoff}::timestamptz) as n`,
  );
  return { deleted: deleted[0]?.n ?? 0, partitionsDropped: Number(dropped?.n ?? 0) };
}

export type StatGroup = {
  path: string;
  country: string;
  language: string;
  browserFamily: string;
  referrerDomain: string;
  views: number;
};

/**
 * P12: page views of one UTC day by path × country × language × browser family × referrer domain. Groups under
 * `minGroup` views are folded into one "(other)" row (every dimension "(other)"), itself dropped when still under
 * `minGroup`. Only successful page loads count (2xx GET/HEAD pages; redirects and errors are not views).
 */
export async function dailyPageViews(db: DbOrTx, day: string, minGroup = AGGREGATE_MIN_GROUP): Promise<StatGroup[]> {
  const start = new Date(`${day}T00:00:00Z`);
  const end = new Date(start.getTime() + DAY_MS);
  const groups = await rows<StatGroup>(
    db,
    sql`
      select path,
             coalesce(country, '(unknown)') as country,
             coalesce(language, '(unknown)') as language,
             coalesce(browser, '(unknown)') as "browserFamily",
             coalesce(lower(substring(referrer from '^https?://([^/:?#]+)')), '(none)') as "referrerDomain",
             count(*)::int as views
      from request_log
      where kind = 'page' and method in ('GET', 'HEAD') and status between 200 and 299
        and at >= ${start.toISOString()}::timestamptz and at < ${end.toISOString()}::timestamptz
      group by 1, 2, 3, 4, 5`,
  );
  const kept: StatGroup[] = [];
  let folded = 0;
  for (const g of groups) {
    const views = Number(g.views);
    if (views >= minGroup) kept.push({ ...g, views });
    else folded += views;
  }
  if (folded >= minGroup) {
    kept.push({
      path: OTHER,
      country: OTHER,
      language: OTHER,
      browserFamily: OTHER,
      referrerDomain: OTHER,
      views: folded,
    });
  }
  return kept;
}

/**
 * Recomputes the stored aggregates of one day: replaces that day's rows, so running it twice changes nothing.
 * Returns the number of rows stored.
 */
export async function storeDailyStats(db: DbOrTx, day: string, chunk = 1000): Promise<number> {
  const groups = await dailyPageViews(db, day);
  await db.execute(sql`delete from request_stat_daily where day = ${day}::date`);
  for (let i = 0; i < groups.length; i += chunk) {
    await db.insert(schema.requestStatDaily).values(groups.slice(i, i + chunk).map((g) => ({ day, ...g })));
  }
  return groups.length;
}

/**
 * The days the daily job should (re)compute as of `now`: always yesterday (UTC), plus any of the `catchUp` days
 * before it that have no aggregates yet (the server was down when their turn came).
 */
export async function statsDaysToCompute(db: DbOrTx, now: Date, catchUp = 6): Promise<string[]> {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const days = Array.from({ length: catchUp + 1 }, (_, i) => isoDay(new Date(today - (i + 1) * DAY_MS)));
  const done = await rows<{ day: string }>(
    db,
    sql`select distinct to_char(day, 'YYYY-MM-DD') as day from request_stat_daily
        where day >= ${days[days.length - 1]}::date and day < ${days[0]}::date`,
  );
  const have = new Set(done.map((r) => r.day));
  return days.filter((d, i) => i === 0 || !have.has(d)).reverse();
}
