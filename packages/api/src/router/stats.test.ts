import { schema, verifyAuditChain } from "@abante/db";
import { createTestDb, type TestDb } from "@abante/db/testing";
import { asc, eq } from "drizzle-orm";
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

const PRIVACY_STAFF = "0193a0b0-0000-7000-8000-000000000001";
const staff = (staffRole: SessionInfo["staffRole"], lines: LogLine[] = []) =>
  visitor(t.db, {
    session: { sessionId: "s", accountId: PRIVACY_STAFF, staffRole },
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

const auditEvents = () => t.db.select().from(schema.auditEvent).orderBy(asc(schema.auditEvent.seq));

describe("P15 linking request-log rows to a person", () => {
  it("P15 privacy staff get the raw rows of an IP; linking writes an audit event with the reason", async () => {
    const lines: LogLine[] = [];
    const before = await auditEvents();
    const result = await staff("privacy", lines).stats.linkRequests({
      ip: "198.51.100.23",
      reason: "Security incident INC-42: password spraying from this address",
    });
    expect(result.truncated).toBe(false);
    expect(result.rows.map((r) => r.path)).toEqual(["/es/contact/", "/es/pricing/", "/es/"]);

    const added = (await auditEvents()).slice(before.length);
    expect(added).toEqual([
      expect.objectContaining({
        seq: result.auditSeq,
        actorAccountId: PRIVACY_STAFF,
        actorRole: "staff:privacy",
        tenant: null,
        action: "request_log.link",
        target: "request_log",
        meta: {
          reason: "Security incident INC-42: password spraying from this address",
          ip: "198.51.100.23",
          from: null,
          until: null,
          rows: 3,
          requestId: "local",
        },
      }),
    ]);
    // The application log points at the audit event; the reason and the address stay in the audit log.
    const line = lines.find((l) => (l.obj as { audit?: string }).audit === "request_log.link");
    expect(line?.obj).toMatchObject({ auditSeq: result.auditSeq, staffAccountId: PRIVACY_STAFF, rows: 3 });
    expect(JSON.stringify(lines)).not.toMatch(/198\.51\.100\.23|INC-42/);
  });

  it("P15 by time range, audited with the range", async () => {
    const result = await staff("admin").stats.linkRequests({
      from: new Date("2026-10-01T10:30:00Z"),
      until: new Date("2026-10-02T00:00:00Z"),
      reason: "Court order 2026/118 for this period",
    });
    expect(result.rows.map((r) => r.ip)).toEqual(["203.0.113.50"]);
    const [event] = await t.db.select().from(schema.auditEvent).where(eq(schema.auditEvent.seq, result.auditSeq));
    expect(event).toMatchObject({
      actorRole: "staff:admin",
      meta: {
        reason: "Court order 2026/118 for this period",
        ip: null,
        from: "2026-10-01T10:30:00.000Z",
        until: "2026-10-02T00:00:00.000Z",
        rows: 1,
      },
    });
  });

  it("P15 a missing or too short reason is refused, as are a missing target and support staff; none is audited", async () => {
    const before = (await auditEvents()).length;
    for (const input of [
      { ip: "198.51.100.23" },
      { ip: "198.51.100.23", reason: "because" },
      { ip: "198.51.100.23", reason: "          " },
    ]) {
      const err = await staff("privacy")
        .stats.linkRequests(input as { ip: string; reason: string })
        .catch((e: unknown) => e);
      expect(err, JSON.stringify(input)).toMatchObject({ code: "BAD_REQUEST" });
      const issues = (err as { cause?: { issues?: { path: PropertyKey[] }[] } }).cause?.issues ?? [];
      expect(issues.map((i) => i.path.join("."))).toEqual(["reason"]);
    }
    await expect(
      staff("privacy").stats.linkRequests({ reason: "Security incident without a target" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      staff("support").stats.linkRequests({ ip: "198.51.100.23", reason: "Security incident INC-42" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      visitor(t.db).call.stats.linkRequests({ ip: "198.51.100.23", reason: "Security incident INC-42" }),
    ).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect(await auditEvents()).toHaveLength(before);
  });

  it("P15 the chain of audit events verifies; tampering with a row breaks verification", async () => {
    await staff("privacy").stats.linkRequests({ ip: "203.0.113.50", reason: "Abuse report ABUSE-7 from our host" });
    const events = await auditEvents();
    expect(events.length).toBeGreaterThanOrEqual(3);
    const intact = await verifyAuditChain(t.db);
    expect(intact).toEqual({ ok: true, count: events.length, lastHash: events.at(-1)!.hash });

    // Someone with the owner's rights switches the guard off and softens a recorded reason.
    const target = events[0]!;
    const original = JSON.stringify(target.meta).replaceAll("'", "''");
    const softened = JSON.stringify({ ...target.meta, reason: "Routine check of the request log" });
    const setMeta = (json: string) =>
      t.ownerExec(
        `alter table audit_event disable trigger user;
         update audit_event set meta = '${json.replaceAll("'", "''")}'::jsonb where seq = ${target.seq};
         alter table audit_event enable trigger user`,
      );
    await setMeta(softened);
    try {
      expect(await verifyAuditChain(t.db)).toEqual({
        ok: false,
        count: target.seq - 1,
        seq: target.seq,
        reason: "hash",
      });
    } finally {
      await t.ownerExec(
        `alter table audit_event disable trigger user;
         update audit_event set meta = '${original}'::jsonb where seq = ${target.seq};
         alter table audit_event enable trigger user`,
      );
    }
    expect(await verifyAuditChain(t.db)).toEqual(intact);
  });

  it("P15 the app role cannot update or delete audit rows", async () => {
    const events = await auditEvents();
    expect(events.length).toBeGreaterThan(0);
    const seq = events[0]!.seq;
    // Drizzle wraps the database's refusal; its own message is the cause.
    const refusal = (query: PromiseLike<unknown>) =>
      Promise.resolve(query).then(
        () => "allowed",
        (e: { cause?: { message?: string }; message?: string }) => e.cause?.message ?? e.message,
      );
    expect(
      await refusal(
        t.db
          .update(schema.auditEvent)
          .set({ meta: { reason: "edited" } })
          .where(eq(schema.auditEvent.seq, seq)),
      ),
    ).toMatch(/permission denied for table audit_event/);
    expect(await refusal(t.db.delete(schema.auditEvent).where(eq(schema.auditEvent.seq, seq)))).toMatch(
      /permission denied for table audit_event/,
    );
    expect(await auditEvents()).toEqual(events);
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });
});
