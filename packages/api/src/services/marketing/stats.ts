// P12, P15: what staff see of the request log. Aggregates for statistics; raw rows only with a recorded reason.
import { schema } from "@abante/db";
import { and, asc, desc, eq, gte, lt, lte } from "drizzle-orm";
import { z } from "zod";
import type { Context } from "../../context";
import { ValidationError } from "../../errors";

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-11-01.");
const MAX_DAYS = 366;
const DAY_MS = 24 * 3600 * 1000;

export const dailyStatsInput = z.object({ from: isoDay, until: isoDay });

/** `stats.daily`: the stored aggregates (P12: groups under 5 were already suppressed) of a range of days. */
export async function dailyStats(ctx: Context, input: z.infer<typeof dailyStatsInput>) {
  const span = (Date.parse(input.until) - Date.parse(input.from)) / DAY_MS;
  if (!(span >= 0) || span > MAX_DAYS) {
    throw new ValidationError(`Choose a range of at most ${MAX_DAYS} days.`, { until: ["Choose a later date."] });
  }
  const t = schema.requestStatDaily;
  return ctx.db
    .select()
    .from(t)
    .where(and(gte(t.day, input.from), lte(t.day, input.until)))
    .orderBy(asc(t.day), desc(t.views), asc(t.path))
    .limit(10_000);
}

export const linkRequestsInput = z
  .object({
    ip: z.ipv4().or(z.ipv6()).optional(),
    from: z.coerce.date().optional(),
    until: z.coerce.date().optional(),
    reason: z.string().trim().min(10, "Give the reason (at least 10 characters).").max(1000),
  })
  .refine((v) => v.ip !== undefined || (v.from !== undefined && v.until !== undefined), {
    message: "Give an IP address, or a time range (from and until).",
    path: ["ip"],
  });

export const LINK_ROW_LIMIT = 1000;

/**
 * `stats.linkRequests` (P15): raw request-log rows for a security or legal reason, by IP and/or time range. Staff
 * only (admin, privacy), with a mandatory reason that is logged with the staff account. F6 moves this record into the
 * audit table.
 */
export async function linkRequests(
  ctx: Context & { session: { accountId: string } },
  input: z.infer<typeof linkRequestsInput>,
) {
  const t = schema.requestLog;
  const rows = await ctx.db
    .select()
    .from(t)
    .where(
      and(
        input.ip ? eq(t.ip, input.ip) : undefined,
        input.from ? gte(t.at, input.from) : undefined,
        input.until ? lt(t.at, input.until) : undefined,
      ),
    )
    .orderBy(desc(t.at))
    .limit(LINK_ROW_LIMIT);
  ctx.log.info(
    {
      audit: "request_log.link",
      staffAccountId: ctx.session.accountId,
      reason: input.reason,
      ip: input.ip ?? null,
      from: input.from?.toISOString() ?? null,
      until: input.until?.toISOString() ?? null,
      rows: rows.length,
    },
    "P15: staff linked request-log rows",
  );
  return { rows, truncated: rows.length === LINK_ROW_LIMIT };
}
