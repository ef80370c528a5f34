import { dailyStats, dailyStatsInput, linkRequests, linkRequestsInput } from "../services/marketing/stats";
import { createTRPCRouter, staffProcedure } from "../trpc";

/** Request-log statistics for staff: aggregates (P12), and linking raw rows only with a reason (P15). */
export const statsRouter = createTRPCRouter({
  daily: staffProcedure()
    .input(dailyStatsInput)
    .query(({ ctx, input }) => dailyStats(ctx, input)),
  linkRequests: staffProcedure("admin", "privacy")
    .input(linkRequestsInput)
    .mutation(({ ctx, input }) => linkRequests(ctx, input)),
});
