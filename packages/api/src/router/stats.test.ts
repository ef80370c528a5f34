import { schema } from "@abante/db";
import { createTestDb, type TestDb } from "@abante/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionInfo } from "../context";
import { type LogLine, recordingLogger, visitor } from "../services/marketing/test-support";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await t.db.insert(schema.requestStatDaily).values([
    {
      day: "2026-10-01",
      path: "/es/",
      country: "ES",
      language: "es",
      browserFamily: "Firefox",
      referrerDomain: "(none)",
      views: 12,
    },
    {
      day: "2026-10-02",
      path: "/pt-br/",
      country: "BR",
      language: "pt-BR",
      browserFamily: "Chrome",
      referrerDomain: "www.google.com",
      views: 30,
    },
    {
      day: "2026-10-09",
      path: "/de/",
      country: "DE",
      language: "de",
      browserFamily: "Safari",
      referrerDomain: "(none)",
      views: 5,
    },
  ]);
  const row = (at: string, ip: string, path: string) => ({
    at: new Date(at),
    kind: "page",
    method: "GET",
    path,
    status: 200,
    ip,
  });
  await t.db
    .insert(schema.requestLog)
    .values([
      row("2026-10-01T10:00:00Z", "198.51.100.23", "/es/"),
      row("2026-10-01T10:05:00Z", "198.51.100.23", "/es/pricing/"),
      row("2026-10-01T11:00:00Z", "203.0.113.50", "/en/"),
      row("2026-10-03T09:00:00Z", "198.51.100.23", "/es/contact/"),
    ]);
});
afterAll(() => t?.close());

const staff = (staffRole: SessionInfo["staffRole"], lines: LogLine[] = []) =>
  visitor(t.db, {
    session: { sessionId: "s", accountId: "0193a0b0-0000-7000-8000-000000000001", staffRole },
    log: recordingLogger(lines),
  }).call;

describe("P12 statistics for staff", () => {
  it("P12 staff read the stored aggregates of a range of days", async () => {
    const rows = await staff("support").stats.daily({ from: "2026-10-01", until: "2026-10-02" });
    expect(rows.map((r) => [r.day, r.path, r.views])).toEqual([
      ["2026-10-01", "/es/", 12],
      ["2026-10-02", "/pt-br/", 30],
    ]);
  });

  it("is staff only, with a bounded range", async () => {
    await expect(visitor(t.db).call.stats.daily({ from: "2026-10-01", until: "2026-10-02" })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    await expect(staff(null).stats.daily({ from: "2026-10-01", until: "2026-10-02" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(staff("admin").stats.daily({ from: "2026-10-02", until: "2026-10-01" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});

describe("P15 linking request-log rows to a person", () => {
  it("P15 privacy staff get the raw rows of an IP with a recorded reason", async () => {
    const lines: LogLine[] = [];
    const result = await staff("privacy", lines).stats.linkRequests({
      ip: "198.51.100.23",
      reason: "Security incident INC-42: password spraying from this address",
    });
    expect(result.truncated).toBe(false);
    expect(result.rows.map((r) => r.path)).toEqual(["/es/contact/", "/es/pricing/", "/es/"]);
    const audit = lines.find((l) => (l.obj as { audit?: string }).audit === "request_log.link");
    expect(audit?.obj).toMatchObject({
      staffAccountId: "0193a0b0-0000-7000-8000-000000000001",
      reason: "Security incident INC-42: password spraying from this address",
      ip: "198.51.100.23",
      rows: 3,
    });
  });

  it("P15 by time range", async () => {
    const result = await staff("admin").stats.linkRequests({
      from: new Date("2026-10-01T10:30:00Z"),
      until: new Date("2026-10-02T00:00:00Z"),
      reason: "Court order 2026/118 for this period",
    });
    expect(result.rows.map((r) => r.ip)).toEqual(["203.0.113.50"]);
  });

  it("P15 refuses without a reason, without a target, and for support staff", async () => {
    await expect(staff("privacy").stats.linkRequests({ ip: "198.51.100.23", reason: "because" })).rejects.toMatchObject(
      {
        code: "BAD_REQUEST",
      },
    );
    await expect(
      staff("privacy").stats.linkRequests({ reason: "Security incident without a target" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      staff("support").stats.linkRequests({ ip: "198.51.100.23", reason: "Security incident INC-42" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      visitor(t.db).call.stats.linkRequests({ ip: "198.51.100.23", reason: "Security incident INC-42" }),
    ).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
