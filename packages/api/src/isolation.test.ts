// P8 / P23: the whole tRPC router, walked. Every procedure is classified below; a procedure the table does not know
// fails the suite, so one added later cannot slip past. Every tenant-scoped procedure is then called by a member of
// tenant A (its owner: the strongest role, so no role check hides an isolation bug) with ids of tenant B's records,
// and with B's slug; each call must be refused, and every B row must be exactly as before.
import { randomUUID } from "node:crypto";
import { schema, withTenant } from "@abante/db";
import { tenantInput } from "@abante/validators";
import { type AnyProcedure, TRPCError } from "@trpc/server";
import { asc, getTableColumns, is, sql } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { createContext } from "./context";
import { ServiceError } from "./errors";
import { appRouter } from "./root";
import { crmKit, type Kit, type TenantFixture } from "./services/crm/test-kit";
import { createCallerFactory } from "./trpc";

type Kind = "public" | "account" | "staff" | "tenant";

/**
 * Every procedure of `appRouter`. "public": anyone; "account": a signed-in account, not about one tenant; "staff":
 * platform staff only; "tenant": takes `{ tenant, … }` and works inside that tenant.
 */
const classification: Record<string, Kind> = {
  "platform.status": "public",
  "auth.me": "public",
  "auth.signUp": "public",
  "auth.signIn": "public",
  "auth.signOut": "public",
  "auth.verifyEmail": "public",
  "auth.resendVerification": "account",
  "auth.requestPasswordReset": "public",
  "auth.resetPassword": "public",
  "account.profile": "account",
  "account.updateProfile": "account",
  "account.changeEmail": "account",
  "account.setMarketing": "account",
  "account.sessions": "account",
  "account.revokeSession": "account",
  "account.signOutEverywhere": "account",
  "account.changePassword": "account",
  "account.privacyRequests": "account",
  "account.requestDataExport": "account",
  "account.requestDeletion": "account",
  "dev.mailbox": "public",
  "dev.message": "public",
  "tenant.mine": "account",
  "tenant.create": "account",
  "tenant.get": "tenant",
  "tenant.rename": "tenant",
  "member.list": "tenant",
  "member.invitations": "tenant",
  "member.invite": "tenant",
  "member.revokeInvitation": "tenant",
  "member.acceptInvite": "account",
  "member.changeRole": "tenant",
  "member.remove": "tenant",
  "member.leave": "tenant",
  "member.transferOwnership": "tenant",
  "company.list": "tenant",
  "company.get": "tenant",
  "company.create": "tenant",
  "company.update": "tenant",
  "company.delete": "tenant",
  "contact.list": "tenant",
  "contact.get": "tenant",
  "contact.create": "tenant",
  "contact.update": "tenant",
  "contact.delete": "tenant",
  "stage.list": "tenant",
  "stage.create": "tenant",
  "stage.update": "tenant",
  "stage.reorder": "tenant",
  "stage.delete": "tenant",
  "deal.list": "tenant",
  "deal.board": "tenant",
  "deal.get": "tenant",
  "deal.create": "tenant",
  "deal.update": "tenant",
  "deal.move": "tenant",
  "deal.delete": "tenant",
  "activity.timeline": "tenant",
  "activity.create": "tenant",
  "activity.update": "tenant",
  "activity.delete": "tenant",
  "employee.list": "tenant",
  "employee.get": "tenant",
  "employee.create": "tenant",
  "employee.update": "tenant",
  "employee.delete": "tenant",
  "attachment.list": "tenant",
  "attachment.delete": "tenant",
  "attachment.usage": "tenant",
  "consent.current": "public",
  "consent.record": "public",
  "marketing.events": "public",
  "marketing.event": "public",
  "marketing.partners": "public",
  "marketing.subprocessors": "public",
  "marketing.pricing": "public",
  "forms.contactSales": "public",
  "forms.registerEvent": "public",
  "forms.partnerRequest": "public",
  "forms.privacyRequest": "public",
  "stats.daily": "staff",
  "stats.linkRequests": "staff",
};

/** One tenant's records, as the factories need them. */
interface World {
  slug: string;
  tenantId: string;
  ownerId: string;
  adminId: string;
  memberId: string;
  memberEmail: string;
  companyId: string;
  contactId: string;
  openStageId: string;
  lostStageId: string;
  dealId: string;
  activityId: string;
  employeeId: string;
  invitationId: string;
  attachmentId: string;
}

type Input = Record<string, unknown>;
/**
 * How to attack a tenant procedure. `foreign`: inputs (without `tenant`) naming B's records, or mixing A's and B's;
 * with A's slug each must be refused. `own`: for a procedure that names no record: with A's slug it works on A alone
 * and must return none of B's data (`runOnA: false` when running it would only change the caller's own standing in
 * A, such as leaving it). With B's slug every input must be NOT_FOUND: the caller is not a member of B.
 */
type Attack = { foreign: Input[] } | { own: Input; runOnA?: false; why?: string };

const factories: Record<string, (a: World, b: World) => Attack> = {
  "tenant.get": () => ({ own: {} }),
  "tenant.rename": () => ({ own: { name: "A renamed" } }),
  "member.list": () => ({ own: {} }),
  "member.invitations": () => ({ own: {} }),
  "member.invite": (_a, b) => ({
    own: { email: b.memberEmail, role: "member" },
    runOnA: false,
    why: "inviting an address into A names nothing of B's",
  }),
  "member.revokeInvitation": (_a, b) => ({ foreign: [{ id: b.invitationId }] }),
  "member.changeRole": (_a, b) => ({
    foreign: [
      { accountId: b.memberId, role: "admin" },
      { accountId: b.ownerId, role: "member" },
    ],
  }),
  "member.remove": (_a, b) => ({ foreign: [{ accountId: b.memberId }, { accountId: b.ownerId }] }),
  "member.leave": () => ({ own: {}, runOnA: false, why: "leaving changes only the caller's own membership of A" }),
  "member.transferOwnership": (_a, b) => ({ foreign: [{ accountId: b.memberId }] }),

  "company.list": () => ({ own: { limit: 200 } }),
  "company.get": (_a, b) => ({ foreign: [{ id: b.companyId }] }),
  "company.create": (_a, b) => ({ foreign: [{ name: "Smuggled", ownerAccountId: b.ownerId }] }),
  "company.update": (a, b) => ({
    foreign: [
      { id: b.companyId, name: "Hijacked" },
      { id: a.companyId, ownerAccountId: b.memberId },
    ],
  }),
  "company.delete": (_a, b) => ({ foreign: [{ id: b.companyId }] }),

  "contact.list": (_a, b) => ({ foreign: [{ companyId: b.companyId }] }),
  "contact.get": (_a, b) => ({ foreign: [{ id: b.contactId }] }),
  "contact.create": (_a, b) => ({
    foreign: [
      { firstName: "Smuggled", companyId: b.companyId },
      { firstName: "Smuggled", ownerAccountId: b.ownerId },
    ],
  }),
  "contact.update": (a, b) => ({
    foreign: [
      { id: b.contactId, firstName: "Hijacked" },
      { id: a.contactId, companyId: b.companyId },
      { id: a.contactId, ownerAccountId: b.memberId },
    ],
  }),
  "contact.delete": (_a, b) => ({ foreign: [{ id: b.contactId }] }),

  "stage.list": () => ({ own: {} }),
  "stage.create": () => ({ own: { name: "A's new stage" } }),
  "stage.update": (_a, b) => ({ foreign: [{ id: b.openStageId, name: "Hijacked" }] }),
  "stage.reorder": (a, b) => ({
    foreign: [{ ids: [b.lostStageId, b.openStageId] }, { ids: [a.lostStageId, a.openStageId, b.openStageId] }],
  }),
  "stage.delete": (_a, b) => ({ foreign: [{ id: b.lostStageId }] }),

  "deal.list": (_a, b) => ({
    foreign: [{ stageId: b.openStageId }, { companyId: b.companyId }, { contactId: b.contactId }],
  }),
  "deal.board": () => ({ own: {} }),
  "deal.get": (_a, b) => ({ foreign: [{ id: b.dealId }] }),
  "deal.create": (a, b) => ({
    foreign: [
      { title: "Smuggled", stageId: b.openStageId },
      { title: "Smuggled", stageId: a.openStageId, companyId: b.companyId },
      { title: "Smuggled", stageId: a.openStageId, contactId: b.contactId },
      { title: "Smuggled", stageId: a.openStageId, ownerAccountId: b.ownerId },
    ],
  }),
  "deal.update": (a, b) => ({
    foreign: [
      { id: b.dealId, title: "Hijacked" },
      { id: a.dealId, stageId: b.openStageId },
      { id: a.dealId, contactId: b.contactId },
    ],
  }),
  "deal.move": (a, b) => ({
    foreign: [
      { id: b.dealId, stageId: a.openStageId },
      { id: b.dealId, stageId: b.lostStageId, lostReason: "Hijacked" },
      { id: a.dealId, stageId: b.openStageId },
      { id: a.dealId, stageId: a.openStageId, beforeId: b.dealId },
    ],
  }),
  "deal.delete": (_a, b) => ({ foreign: [{ id: b.dealId }] }),

  "activity.timeline": (_a, b) => ({
    foreign: [{ contactId: b.contactId }, { companyId: b.companyId }, { dealId: b.dealId }],
  }),
  "activity.create": (a, b) => ({
    foreign: [
      { kind: "note", subject: "Smuggled", occurredAt: new Date(), contactId: b.contactId },
      { kind: "note", subject: "Smuggled", occurredAt: new Date(), contactId: a.contactId, dealId: b.dealId },
      { kind: "note", subject: "Smuggled", occurredAt: new Date(), companyId: b.companyId },
    ],
  }),
  "activity.update": (a, b) => ({
    foreign: [
      { id: b.activityId, subject: "Hijacked" },
      { id: a.activityId, contactId: b.contactId },
    ],
  }),
  "activity.delete": (_a, b) => ({ foreign: [{ id: b.activityId }] }),

  "employee.list": () => ({ own: { limit: 200 } }),
  "employee.get": (_a, b) => ({ foreign: [{ id: b.employeeId }] }),
  "employee.create": (_a, b) => ({ foreign: [{ firstName: "Smuggled", accountId: b.memberId }] }),
  "employee.update": (a, b) => ({
    foreign: [
      { id: b.employeeId, firstName: "Hijacked" },
      { id: a.employeeId, accountId: b.ownerId },
    ],
  }),
  "employee.delete": (_a, b) => ({ foreign: [{ id: b.employeeId }] }),

  "attachment.list": (_a, b) => ({
    foreign: [
      { entityKind: "contact", entityId: b.contactId },
      { entityKind: "company", entityId: b.companyId },
      { entityKind: "deal", entityId: b.dealId },
      { entityKind: "activity", entityId: b.activityId },
      { entityKind: "employee", entityId: b.employeeId },
    ],
  }),
  "attachment.delete": (_a, b) => ({ foreign: [{ id: b.attachmentId }] }),
  "attachment.usage": () => ({ own: {} }),
};

const createCaller = createCallerFactory(appRouter);
const procedures = appRouter._def.procedures as unknown as Record<string, AnyProcedure>;
const paths = Object.keys(procedures).sort();
/** Written into every text of tenant B, so that any leak of B's data into an answer shows. */
const MARK = "bravo-secret";

let kit: Kit;
let a: World;
let b: World;

function callerAs(accountId: string | null) {
  return createCaller(
    createContext({ db: kit.t.db, session: accountId ? { sessionId: "s", accountId, staffRole: null } : null }),
  );
}

/** Calls a procedure by its dotted path. */
function call(caller: ReturnType<typeof callerAs>, path: string, input: unknown): Promise<unknown> {
  const fn = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (fn as (input: unknown) => Promise<unknown>)(input);
}

async function refusal(p: Promise<unknown>): Promise<TRPCError | null> {
  try {
    await p;
    return null;
  } catch (err) {
    if (err instanceof TRPCError) return err;
    throw err;
  }
}

async function world(t: TenantFixture, marker: string): Promise<World> {
  const api = callerAs(t.ownerId);
  const slug = t.slug;
  const companyId = (await api.company.create({ tenant: slug, name: `Company ${marker}`, notes: marker })).id;
  const contactId = (
    await api.contact.create({
      tenant: slug,
      firstName: `Contact ${marker}`,
      email: `contact@${marker}.example`,
      companyId,
    })
  ).id;
  const openStageId = (await api.stage.create({ tenant: slug, name: `Open ${marker}` })).id;
  const lostStageId = (await api.stage.create({ tenant: slug, name: `Lost ${marker}`, kind: "lost" })).id;
  const dealId = (await api.deal.create({ tenant: slug, title: `Deal ${marker}`, stageId: openStageId, contactId })).id;
  const activityId = (
    await api.activity.create({
      tenant: slug,
      kind: "note",
      subject: `Note ${marker}`,
      occurredAt: new Date(),
      contactId,
      dealId,
    })
  ).id;
  const employeeId = (
    await api.employee.create({ tenant: slug, firstName: `Employee ${marker}`, accountId: t.memberId })
  ).id;
  const { invitationId, attachmentId } = await withTenant(kit.t.db, t.tenantId, async (tx) => {
    const [inv] = await tx
      .insert(schema.invitation)
      .values({
        tenantId: t.tenantId,
        email: `invitee@${marker}.example`,
        invitedBy: t.ownerId,
        expiresAt: new Date(Date.now() + 86_400_000),
      })
      .returning({ id: schema.invitation.id });
    const [att] = await tx
      .insert(schema.attachment)
      .values({
        tenantId: t.tenantId,
        entityKind: "contact",
        entityId: contactId,
        fileName: `${marker}.pdf`,
        contentType: "application/pdf",
        sizeBytes: 3,
        sha256: "0".repeat(64),
        blobKey: `isolation/${randomUUID()}`,
      })
      .returning({ id: schema.attachment.id });
    return { invitationId: inv!.id, attachmentId: att!.id };
  });
  const [member] = await kit.t.db
    .select({ email: schema.account.email })
    .from(schema.account)
    .where(sql`${schema.account.id} = ${t.memberId}`);
  return {
    ...t,
    memberEmail: member!.email,
    companyId,
    contactId,
    openStageId,
    lostStageId,
    dealId,
    activityId,
    employeeId,
    invitationId,
    attachmentId,
  };
}

/** Every tenant-owned table (those with a tenant_id column), found in the schema rather than listed by hand. */
const tenantTables: [string, PgTable][] = [];
for (const [name, value] of Object.entries(schema as Record<string, unknown>)) {
  if (is(value, PgTable) && "tenantId" in getTableColumns(value)) tenantTables.push([name, value]);
}

/** All of B's rows in every tenant-owned table, read the only way the application can (withTenant), plus its tenant row. */
async function snapshotOf(w: World) {
  const tables = await withTenant(kit.t.db, w.tenantId, async (tx) => {
    const out: Record<string, unknown[]> = {};
    for (const [name, table] of tenantTables) {
      const cols = Object.values(getTableColumns(table));
      out[name] = await tx
        .select()
        .from(table)
        .orderBy(...cols.map((c) => asc(c)));
    }
    return out;
  });
  const tenantRow = await kit.t.db.select().from(schema.tenant).where(sql`${schema.tenant.id} = ${w.tenantId}`);
  return { tables, tenantRow };
}

/** B's ids and marker: none of them may appear in anything A is shown. */
function leaks(value: unknown, w: World): string[] {
  const text = JSON.stringify(value) ?? "";
  const secrets = [
    MARK,
    w.companyId,
    w.contactId,
    w.openStageId,
    w.lostStageId,
    w.dealId,
    w.activityId,
    w.employeeId,
    w.invitationId,
    w.attachmentId,
    w.ownerId,
    w.adminId,
    w.memberId,
    w.tenantId,
  ];
  return secrets.filter((s) => text.includes(s));
}

beforeAll(async () => {
  kit = await crmKit();
  a = await world(await kit.tenant("alpha"), "alpha-data");
  b = await world(await kit.tenant("bravo"), MARK);
});
afterAll(() => kit?.close());

describe("P8 isolation: the whole router, walked", () => {
  it("every procedure of the router is classified, and the table names no procedure that is gone", () => {
    const unclassified = paths.filter((p) => !(p in classification));
    expect(unclassified, "classify these procedures in isolation.test.ts").toEqual([]);
    const stale = Object.keys(classification).filter((p) => !(p in procedures));
    expect(stale, "these classified procedures no longer exist").toEqual([]);
  });

  it("the classification matches the procedures: tenant ones take the tenant input, others do not", () => {
    for (const path of paths) {
      const inputs = (procedures[path]!._def as { inputs: unknown[] }).inputs;
      expect(inputs.includes(tenantInput), `${path} is classified ${classification[path]}`).toBe(
        classification[path] === "tenant",
      );
    }
  });

  it("signed-out callers are refused by every non-public procedure; staff procedures refuse tenant members", async () => {
    const anonymous = callerAs(null);
    const member = callerAs(a.ownerId);
    for (const path of paths) {
      const kind = classification[path];
      const err = await refusal(call(anonymous, path, undefined));
      if (kind === "public") {
        expect(err?.code, `${path} is public`).not.toBe("UNAUTHORIZED");
      } else {
        expect(err?.code, `${path} needs a session`).toBe("UNAUTHORIZED");
      }
      if (kind === "staff") expect((await refusal(call(member, path, undefined)))?.code, path).toBe("FORBIDDEN");
    }
  });

  it("every tenant procedure has an attack in the factory table", () => {
    const tenantPaths = paths.filter((p) => classification[p] === "tenant");
    expect(
      tenantPaths.filter((p) => !factories[p]),
      "add an input factory for these tenant procedures",
    ).toEqual([]);
    expect(Object.keys(factories).filter((p) => classification[p] !== "tenant")).toEqual([]);
  });

  it("P8 P23 a member of A reaches nothing of B: B's ids under A's slug, and B's slug, are refused and change nothing", async () => {
    const before = await snapshotOf(b);
    expect(before.tables.contact).toHaveLength(1);
    const attacker = callerAs(a.ownerId);
    const problems: string[] = [];
    let attacks = 0;
    for (const path of paths.filter((p) => classification[p] === "tenant")) {
      const factory = factories[path];
      if (!factory) continue;
      const attack = factory(a, b);
      const inputs = "foreign" in attack ? attack.foreign : [attack.own];
      expect(inputs.length, path).toBeGreaterThan(0);

      // B's own slug: A's member is not a member of B, so B does not exist for them.
      for (const input of inputs) {
        attacks++;
        const err = await refusal(call(attacker, path, { ...input, tenant: b.slug }));
        if (err?.code !== "NOT_FOUND") problems.push(`${path} with B's slug: ${err?.code ?? "succeeded"}`);
      }

      if ("foreign" in attack) {
        // A's slug, B's ids: refused as not found or forbidden, or as invalid references (a service's field error,
        // never a Zod error, which would mean the factory's input was wrong and proved nothing).
        const foreignIds = new Set(Object.values(b).filter((v) => typeof v === "string"));
        for (const input of attack.foreign) {
          attacks++;
          const err = await refusal(call(attacker, path, { ...input, tenant: a.slug }));
          const label = `${path} ${JSON.stringify(input)}`;
          if (!err) {
            problems.push(`${label}: succeeded`);
          } else if (err.code === "BAD_REQUEST") {
            if (err.cause instanceof ZodError || !(err.cause instanceof ServiceError)) {
              problems.push(`${label}: input rejected by validation (${err.message}); fix the factory`);
            } else {
              const fields = Object.keys(err.cause.fieldErrors ?? {});
              const named = fields.filter((f) => foreignIds.has(String(input[f])));
              if (fields.length === 0 || named.length !== fields.length) {
                problems.push(`${label}: BAD_REQUEST on ${fields.join(",") || "no field"}, not on B's ids`);
              }
            }
          } else if (err.code !== "NOT_FOUND" && err.code !== "FORBIDDEN") {
            problems.push(`${label}: ${err.code} ${err.message}`);
          }
          if (err && leaks(err.message, b).length > 0) problems.push(`${label}: error message names B's data`);
        }
      } else if (attack.runOnA !== false) {
        // Names no record: it works on A, and whatever it answers holds nothing of B's.
        attacks++;
        const result = await call(attacker, path, { ...attack.own, tenant: a.slug }).catch((err: unknown) => err);
        const leaked = leaks(result instanceof Error ? result.message : result, b);
        if (leaked.length > 0) problems.push(`${path} on A returned B's data: ${leaked.join(", ")}`);
      }
    }
    expect(problems).toEqual([]);
    expect(attacks).toBeGreaterThan(60);
    expect(await snapshotOf(b)).toEqual(before);
  });

  it("the snapshot covers every tenant-owned table and would notice a change", async () => {
    const names = tenantTables.map(([name]) => name);
    expect(names).toEqual(
      expect.arrayContaining([
        "membership",
        "company",
        "contact",
        "pipelineStage",
        "deal",
        "activity",
        "employee",
        "attachment",
        "invitation",
      ]),
    );
    const before = await snapshotOf(b);
    await callerAs(b.ownerId).contact.update({ tenant: b.slug, id: b.contactId, jobTitle: "changed by B" });
    expect(await snapshotOf(b)).not.toEqual(before);
  });
});
