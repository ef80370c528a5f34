// The audit hash chain on the live database (PGlite, or Postgres with DATABASE_URL): appends are numbered without
// gaps and linked, even when they race; the application role can neither change nor remove an event; and any
// change made behind the application's back (by the owner, with the guard switched off) breaks verification.
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AUDIT_GENESIS_HASH, appendAudit, auditHash, canonicalJson, verifyAuditChain } from "./audit";
import { auditEvent } from "./schema/audit";
import { rows } from "./sql";
import { createTestDb, type TestDb } from "./testing";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t?.close());

const staff = "0193a0b0-0000-7000-8000-00000000000a";
const at = new Date("2026-11-02T09:30:00.123Z");

const append = (action: string, meta: Record<string, unknown> = {}) =>
  t.db.transaction((tx) => appendAudit(tx, { actorAccountId: staff, actorRole: "staff:privacy", action, at, meta }));

/** As the database owner, with the append-only guard switched off on purpose, as only DDL rights allow. */
const behindTheAppsBack = (statement: string) =>
  t.ownerExec(
    `alter table audit_event disable trigger user; ${statement}; alter table audit_event enable trigger user`,
  );

describe("P23 audit hash chain", () => {
  it("canonical JSON ignores key order and leaves out undefined", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, "x", null], c: undefined }, e: new Date(0) })).toBe(
      '{"a":{"d":[1,"x",null]},"b":1,"e":"1970-01-01T00:00:00.000Z"}',
    );
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });

  it("numbers events from 1, links each to the one before, and verifies", async () => {
    expect(await verifyAuditChain(t.db)).toEqual({ ok: true, count: 0, lastHash: AUDIT_GENESIS_HASH });
    const first = await append("test.first", { z: 1, a: "x", nested: { b: true, a: [1, 2] } });
    const second = await append("test.second");
    expect(first).toMatchObject({ seq: 1, prevHash: AUDIT_GENESIS_HASH, actorAccountId: staff, tenant: null });
    expect(second).toMatchObject({ seq: 2, prevHash: first.hash });
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(auditHash(first)).toBe(first.hash);
    // What was stored reads back exactly as it was hashed, jsonb key order notwithstanding.
    const [stored] = await t.db.select().from(auditEvent).where(eq(auditEvent.seq, 1));
    expect(stored).toEqual(first);
    // A real jsonb object (not a JSON string), so details can be queried in SQL.
    const [typed] = await rows<{ kind: string; a: string }>(
      t.db,
      sql`select jsonb_typeof(meta) as kind, meta->>'a' as a from audit_event where seq = 1`,
    );
    expect(typed).toEqual({ kind: "object", a: "x" });
    expect(await verifyAuditChain(t.db)).toEqual({ ok: true, count: 2, lastHash: second.hash });
  });

  it("rolls an event back with the transaction that wrote it: no gap", async () => {
    const before = await verifyAuditChain(t.db);
    await expect(
      t.db.transaction(async (tx) => {
        await appendAudit(tx, { actorAccountId: null, actorRole: "system", action: "test.rolled-back", at });
        throw new Error("the recorded action failed");
      }),
    ).rejects.toThrow("the recorded action failed");
    const next = await append("test.after-rollback");
    expect(next.seq).toBe(before.count + 1);
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it("serializes racing appends (parallel connections on Postgres): one chain, no gap, no fork", async () => {
    const before = (await verifyAuditChain(t.db)).count;
    const events = await Promise.all(Array.from({ length: 8 }, (_, i) => append(`test.race.${i}`, { i })));
    expect(events.map((e) => e.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: 8 }, (_, i) => before + i + 1));
    expect(new Set(events.map((e) => e.prevHash)).size).toBe(8);
    expect(await verifyAuditChain(t.db, { pageSize: 3 })).toMatchObject({ ok: true, count: before + 8 });
  });

  it("the application role cannot update, delete or truncate events; the owner is stopped too", async () => {
    const count = (await verifyAuditChain(t.db)).count;
    // Drizzle wraps the database's refusal; its own message is the cause.
    const refusal = (query: PromiseLike<unknown>) =>
      Promise.resolve(query).then(
        () => "allowed",
        (e: { cause?: { message?: string }; message?: string }) => e.cause?.message ?? e.message,
      );
    const denied = /permission denied for table audit_event/;
    expect(await refusal(t.db.update(auditEvent).set({ action: "forged" }).where(eq(auditEvent.seq, 1)))).toMatch(
      denied,
    );
    expect(await refusal(t.db.delete(auditEvent).where(eq(auditEvent.seq, 1)))).toMatch(denied);
    expect(await refusal(t.db.execute(sql`truncate audit_event`))).toMatch(denied);
    await expect(t.ownerExec(`update audit_event set action = 'forged' where seq = 1`)).rejects.toThrow(/append-only/);
    await expect(t.ownerExec(`delete from audit_event where seq = 1`)).rejects.toThrow(/append-only/);
    const [privileges] = await rows<{ update: boolean; delete: boolean; insert: boolean; select: boolean }>(
      t.db,
      sql`select has_table_privilege('abante_app', 'audit_event', 'UPDATE') as update,
            has_table_privilege('abante_app', 'audit_event', 'DELETE') as delete,
            has_table_privilege('abante_app', 'audit_event', 'INSERT') as insert,
            has_table_privilege('abante_app', 'audit_event', 'SELECT') as select`,
    );
    expect(privileges).toEqual({ update: false, delete: false, insert: true, select: true });
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true, count });
  });

  it("a changed, removed or re-hashed event breaks verification at that event", async () => {
    const count = (await verifyAuditChain(t.db)).count;
    expect(count).toBeGreaterThanOrEqual(5);
    await t.ownerExec("create table audit_event_backup as select * from audit_event");
    const restore = () =>
      behindTheAppsBack("delete from audit_event; insert into audit_event select * from audit_event_backup");
    try {
      await behindTheAppsBack(`update audit_event set meta = '{"z":2,"a":"x"}' where seq = 1`);
      expect(await verifyAuditChain(t.db)).toEqual({ ok: false, count: 0, seq: 1, reason: "hash" });
      await restore();

      // Recomputing the changed row's own hash only moves the break to the next event.
      const [third] = await t.db.select().from(auditEvent).where(eq(auditEvent.seq, 3));
      const forged = { ...third!, action: "forged" };
      await behindTheAppsBack(`update audit_event set action = 'forged', hash = '${auditHash(forged)}' where seq = 3`);
      expect(await verifyAuditChain(t.db)).toEqual({ ok: false, count: 3, seq: 4, reason: "link" });
      await restore();

      await behindTheAppsBack("delete from audit_event where seq = 2");
      expect(await verifyAuditChain(t.db)).toEqual({ ok: false, count: 1, seq: 3, reason: "gap" });
      await restore();
      expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true, count });
    } finally {
      await t.ownerExec("drop table audit_event_backup");
    }
  });

  it("refuses an event without an action or with a malformed id, and writes nothing", async () => {
    const count = (await verifyAuditChain(t.db)).count;
    await expect(
      t.db.transaction((tx) => appendAudit(tx, { actorAccountId: staff, actorRole: "staff:admin", action: " ", at })),
    ).rejects.toThrow(TypeError);
    await expect(
      t.db.transaction((tx) =>
        appendAudit(tx, { actorAccountId: "not-a-uuid", actorRole: "staff:admin", action: "x", at }),
      ),
    ).rejects.toThrow(TypeError);
    expect((await verifyAuditChain(t.db)).count).toBe(count);
  });
});
