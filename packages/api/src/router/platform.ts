import { appliedMigrations, driverOf, ping, rows, schema, withTenant } from "@abante/db";
import { count, eq, sql } from "drizzle-orm";
import { createTRPCRouter, publicProcedure } from "../trpc";

export const DEMO_TENANT_SLUG = "demo";

export const platformRouter = createTRPCRouter({
  /** Public health summary for the status screen. Contains no personal data. */
  status: publicProcedure.query(async ({ ctx }) => {
    const now = ctx.now();
    let dbOk = true;
    let latencyMs = 0;
    let migrations = 0;
    try {
      latencyMs = await ping(ctx.db);
      migrations = await appliedMigrations(ctx.db);
    } catch (err) {
      dbOk = false;
      ctx.log.error({ err }, "status: database check failed");
    }
    let demo: { tenantName: string; contacts: number } | null = null;
    let jobs: { name: string; lastStartedAt: Date | null; lastError: string | null; runs: number }[] = [];
    if (dbOk) {
      const [demoTenant] = await ctx.db
        .select({ id: schema.tenant.id, name: schema.tenant.name })
        .from(schema.tenant)
        .where(eq(schema.tenant.slug, DEMO_TENANT_SLUG));
      if (demoTenant) {
        const [c] = await withTenant(ctx.db, demoTenant.id, (tx) => tx.select({ n: count() }).from(schema.contact));
        demo = { tenantName: demoTenant.name, contacts: c?.n ?? 0 };
      }
      const jobRows = await rows<{
        name: string;
        runs: number;
        last_started_at: string | Date | null;
        last_error: string | null;
      }>(
        ctx.db,
        sql`select name, count(*)::int as runs, max(started_at) as last_started_at,
              (select error from job_run j2 where j2.name = j.name order by started_at desc limit 1) as last_error
            from job_run j group by name order by name`,
      );
      jobs = jobRows.map((j) => ({
        name: j.name,
        runs: j.runs,
        lastStartedAt: j.last_started_at ? new Date(j.last_started_at) : null,
        lastError: j.last_error,
      }));
    }
    return {
      ok: dbOk,
      version: ctx.app.version,
      time: now,
      uptimeSeconds: Math.round((now.getTime() - ctx.app.startedAt.getTime()) / 1000),
      database: { driver: driverOf(ctx.db), ok: dbOk, latencyMs: Math.round(latencyMs * 10) / 10, migrations },
      demo,
      jobs,
    };
  }),
});
