import { readFileSync } from "node:fs";
import { join } from "node:path";
import { migrationsFolder, schema, seedTenant } from "@abante/db";
import { createTestDb, type TestDb } from "@abante/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../context";
import { appRouter } from "../root";
import { createCallerFactory } from "../trpc";

const migrationCount = () =>
  (JSON.parse(readFileSync(join(migrationsFolder, "meta", "_journal.json"), "utf8")) as { entries: unknown[] }).entries
    .length;

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t?.close());

const caller = () =>
  createCallerFactory(appRouter)(
    createContext({
      db: t.db,
      app: { version: "1.2.3", startedAt: new Date("2026-01-01T00:00:00Z") },
      now: () => new Date("2026-01-01T00:01:40Z"),
    }),
  );

describe("platform.status", () => {
  it("reports the database and no demo tenant on an empty platform", async () => {
    const s = await caller().platform.status();
    expect(s.ok).toBe(true);
    expect(s.version).toBe("1.2.3");
    expect(s.uptimeSeconds).toBe(100);
    expect(s.database).toMatchObject({ driver: t.driver, ok: true, migrations: migrationCount() });
    expect(s.demo).toBeNull();
    expect(s.jobs).toEqual([]);
  });

  it("counts the demo tenant's contacts and summarizes job runs", async () => {
    await seedTenant(t.db, "demo", 4);
    await t.db.insert(schema.jobRun).values([
      { name: "prune", startedAt: new Date("2026-01-01T00:00:00Z"), finishedAt: new Date(), error: "boom" },
      { name: "prune", startedAt: new Date("2026-01-02T00:00:00Z"), finishedAt: new Date(), rowsAffected: 3 },
    ]);
    const s = await caller().platform.status();
    expect(s.demo).toEqual({ tenantName: "Tenant demo", contacts: 4 });
    expect(s.jobs).toEqual([
      { name: "prune", runs: 2, lastStartedAt: new Date("2026-01-02T00:00:00Z"), lastError: null },
    ]);
  });
});
