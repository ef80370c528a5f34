// P12, P15: what staff see of the request log. Aggregates for statistics; raw rows only with an audited reason.
import { appendAudit, schema } from "@abante/db";
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
 * only (admin, privacy), with a mandatory reason. The read and its audit event (who, why, which scope, how many
 * rows) share one transaction: no rows leave without their record. The application log names the event only.
 */
export async function linkRequests(
  ctx: Context & { session: { accountId: string }; staffRole: string },
  input: z.infer<typeof linkRequestsInput>,
) {
  const t = schema.requestLog;
  const { rows, event } = await ctx.db.transaction(async (tx) => {
    const rows = await tx
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
    const event = await appendAudit(tx, {
      actorAccountId: ctx.session.accountId,
      actorRole: `staff:${ctx.staffRole}`,
      action: "request_log.link",
      target: "request_log",
      at: ctx.now(),
      meta: {
        reason: input.reason,
        ip: input.ip ?? null,
        from: input.from?.toISOString() ?? null,
        until: input.until?.toISOString() ?? null,
        rows: rows.length,
        requestId: ctx.meta.requestId,
      },
    });
    return { rows, event };
  });
  ctx.log.info(
    { audit: "request_log.link", auditSeq: event.seq, staffAccountId: ctx.session.accountId, rows: rows.length },
    "P15: staff linked request-log rows (audited)",
  );
  return { rows, truncated: rows.length === LINK_ROW_LIMIT, auditSeq: event.seq };
}
