// Tenants (P8) and their members (P19): creating a CRM database, inviting people into it, roles, removal and
// ownership. The invariant every mutation here keeps: a tenant always has at least one owner.
import { consumeOneTimeToken, createOneTimeToken, hashToken } from "@abante/auth";
import { type Db, schema, type TenantTx, type Tx, withAccount, withTenant } from "@abante/db";
import type { Mailer } from "@abante/mail";
import { durationMs, retention } from "@abante/privacy";
import type {
  acceptInviteInput,
  changeRoleInput,
  createTenantInput,
  inviteInput,
  renameTenantInput,
} from "@abante/validators";
import { and, asc, count, desc, eq, gt, inArray, isNull, ne, or, sql } from "drizzle-orm";
import { z } from "zod";
import type { Context, SessionInfo } from "../context";
import { ConflictError, ForbiddenError, NotFoundError, UnauthorizedError, ValidationError } from "../errors";
import type { MembershipRole, TenantAccess } from "./tenant-access";

const DAY = 24 * 3600 * 1000;
/** Length of the free trial of a new CRM database. The server may pass another value (F7 makes it configurable). */
/** The default trial length; the server's TRIAL_DAYS setting reaches createTenant through the context. */
export const TRIAL_DAYS = retention.trialDays;
/** How long an invitation link works (P23): the registry's value, as the privacy page publishes it. */
export const INVITE_TTL_MS = durationMs({ amount: retention.oneTimeTokenHours.invite, unit: "hours" });

/** The pipeline every new CRM database starts with; admins edit it afterwards (stage router). */
export const DEFAULT_STAGES = [
  { name: "Lead", kind: "open", probability: 10 },
  { name: "Qualified", kind: "open", probability: 25 },
  { name: "Proposal", kind: "open", probability: 50 },
  { name: "Negotiation", kind: "open", probability: 75 },
  { name: "Won", kind: "won", probability: 100 },
  { name: "Lost", kind: "lost", probability: 0 },
] as const;

/**
 * Slugs that would read as something other than a tenant in a URL (/app/<slug>/…, mail links, API paths).
 * Refused like a taken slug, so the form shows the same kind of field error.
 */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set([
  "account",
  "admin",
  "api",
  "app",
  "assets",
  "auth",
  "dev",
  "forgot-password",
  "healthz",
  "help",
  "invite",
  "new",
  "reset-password",
  "settings",
  "sign-in",
  "sign-out",
  "sign-up",
  "staff",
  "static",
  "support",
  "trpc",
  "verify-email",
  "www",
]);

const rank: Record<MembershipRole, number> = { member: 1, admin: 2, owner: 3 };

/** What a tenant procedure hands to these services: the tenant handle, never a plain database handle. */
export interface TenantScope {
  session: SessionInfo;
  tenant: TenantAccess["tenant"] & { role: MembershipRole };
  withTenant<T>(fn: (tx: TenantTx) => Promise<T>): Promise<T>;
  now(): Date;
  mailer: Mailer;
  publicOrigin: string;
}

const t = schema.tenant;
const m = schema.membership;
const inv = schema.invitation;
const acct = schema.account;

const NO_TENANT = "No such CRM database.";
const NOT_A_MEMBER = "This person is not a member of this CRM database.";
const LAST_OWNER = "A CRM database always keeps at least one owner: transfer ownership first.";
const BAD_INVITE = "This invitation link is invalid or has expired.";

// Tenants ------------------------------------------------------------------------------------------------------------

/** "My CRM databases": every tenant the account belongs to, read through the account's own memberships. */
export function myTenants(db: Db, accountId: string) {
  return withAccount(db, accountId, (tx) =>
    tx
      .select({
        id: t.id,
        slug: t.slug,
        name: t.name,
        status: t.status,
        role: m.role,
        trialEndsAt: t.trialEndsAt,
        createdAt: t.createdAt,
      })
      .from(m)
      .innerJoin(t, eq(t.id, m.tenantId))
      .where(and(eq(m.accountId, accountId), ne(t.status, "destroyed")))
      .orderBy(sql`lower(${t.name})`, asc(t.slug)),
  );
}

/**
 * Creates a CRM database on a free trial, with its creator as owner and the default pipeline, in one transaction:
 * a tenant never exists without its owner. Only verified addresses may create one (a tenant is a commitment made
 * in someone's name, and its invitations are mailed from it).
 */
export async function createTenant(ctx: Context, accountId: string, input: z.output<typeof createTenantInput>) {
  const [owner] = await ctx.db.select({ verifiedAt: acct.emailVerifiedAt }).from(acct).where(eq(acct.id, accountId));
  if (!owner) throw new UnauthorizedError("Please sign in.");
  if (!owner.verifiedAt) {
    throw new ForbiddenError("Please verify your email address before creating a CRM database.");
  }
  if (RESERVED_SLUGS.has(input.slug)) {
    throw new ConflictError("This address is reserved.", { slug: ["This address is reserved. Choose another one."] });
  }
  const now = ctx.now();
  const trialEndsAt = new Date(now.getTime() + ctx.trialDays * DAY);
  return ctx.db.transaction(async (tx) => {
    // ON CONFLICT DO NOTHING instead of catching 23505: the transaction stays usable and the answer is a field error.
    const [created] = await tx
      .insert(t)
      .values({
        slug: input.slug,
        name: input.name,
        ownerAccountId: accountId,
        status: "trial",
        trialEndsAt,
        createdAt: now,
      })
      .onConflictDoNothing({ target: t.slug })
      .returning();
    if (!created) {
      throw new ConflictError("This address is already taken.", {
        slug: ["This address is already taken. Choose another one."],
      });
    }
    await withTenant(tx, created.id, async (ttx) => {
      await ttx.insert(m).values({ tenantId: created.id, accountId, role: "owner", createdAt: now });
      await ttx
        .insert(schema.pipelineStage)
        .values(DEFAULT_STAGES.map((s, position) => ({ tenantId: created.id, ...s, position, createdAt: now })));
    });
    return {
      id: created.id,
      slug: created.slug,
      name: created.name,
      status: created.status,
      role: "owner" as MembershipRole,
      trialEndsAt: created.trialEndsAt,
      createdAt: created.createdAt,
    };
  });
}

async function tenantDetails(tx: TenantTx, scope: TenantScope) {
  const [row] = await tx
    .select({ id: t.id, slug: t.slug, name: t.name, status: t.status, trialEndsAt: t.trialEndsAt })
    .from(t)
    .where(eq(t.id, scope.tenant.id));
  if (!row) throw new NotFoundError(NO_TENANT);
  // Row-level security limits the count to this tenant's memberships.
  const [members] = await tx.select({ n: count() }).from(m);
  return { ...row, role: scope.tenant.role, memberCount: members?.n ?? 0 };
}

export function getTenant(scope: TenantScope) {
  return scope.withTenant((tx) => tenantDetails(tx, scope));
}

export function renameTenant(scope: TenantScope, input: z.output<typeof renameTenantInput>) {
  return scope.withTenant(async (tx) => {
    await tx.update(t).set({ name: input.name }).where(eq(t.id, scope.tenant.id));
    return tenantDetails(tx, scope);
  });
}

// Members ------------------------------------------------------------------------------------------------------------

const memberColumns = {
  accountId: m.accountId,
  name: acct.name,
  email: acct.email,
  role: m.role,
  createdAt: m.createdAt,
};

/** Accounts are global rows: a member's name and e-mail are read by joining from this tenant's memberships. */
export function listMembers(scope: TenantScope) {
  return scope.withTenant((tx) =>
    tx
      .select(memberColumns)
      .from(m)
      .innerJoin(acct, eq(acct.id, m.accountId))
      .orderBy(sql`lower(${acct.name})`, asc(m.accountId)),
  );
}

async function memberRow(tx: TenantTx, accountId: string) {
  const [row] = await tx
    .select(memberColumns)
    .from(m)
    .innerJoin(acct, eq(acct.id, m.accountId))
    .where(eq(m.accountId, accountId));
  if (!row) throw new NotFoundError(NOT_A_MEMBER);
  return row;
}

/**
 * Locks the memberships a role change depends on — the given accounts and every owner — in account order, so two
 * concurrent changes serialize instead of each seeing an owner the other is removing. Returns account → role.
 */
async function lockMembers(tx: TenantTx, accountIds: string[]): Promise<Map<string, MembershipRole>> {
  const locked = await tx
    .select({ accountId: m.accountId, role: m.role })
    .from(m)
    .where(or(inArray(m.accountId, accountIds), eq(m.role, "owner")))
    .orderBy(asc(m.accountId))
    .for("update");
  return new Map(locked.map((r) => [r.accountId, r.role]));
}

/** The caller's role as it is now, under lock: the role checked before the transaction may have changed since. */
function currentRole(locked: Map<string, MembershipRole>, accountId: string, minRole: MembershipRole): MembershipRole {
  const role = locked.get(accountId);
  if (!role) throw new NotFoundError(NO_TENANT);
  if (rank[role] < rank[minRole]) throw new ForbiddenError(`This needs the ${minRole} role in this CRM database.`);
  return role;
}

export function changeRole(scope: TenantScope, input: z.output<typeof changeRoleInput>) {
  const me = scope.session.accountId;
  return scope.withTenant(async (tx) => {
    const locked = await lockMembers(tx, [me, input.accountId]);
    currentRole(locked, me, "admin");
    const target = locked.get(input.accountId);
    if (!target) throw new NotFoundError(NOT_A_MEMBER);
    if (input.accountId === me) throw new ForbiddenError("You cannot change your own role.");
    if (target === "owner") {
      throw new ForbiddenError("An owner's role cannot be changed: transfer ownership instead.");
    }
    await tx.update(m).set({ role: input.role }).where(eq(m.accountId, input.accountId));
    return memberRow(tx, input.accountId);
  });
}

/**
 * Ends a membership; the next request of that account to this tenant is refused (access is checked against the
 * membership on every request, nothing is cached). Removing oneself is leaving. Only an owner removes another owner,
 * and never the last one.
 */
export function removeMember(scope: TenantScope, accountId: string) {
  const me = scope.session.accountId;
  return scope.withTenant(async (tx) => {
    const locked = await lockMembers(tx, [me, accountId]);
    const myRole = currentRole(locked, me, accountId === me ? "member" : "admin");
    const target = locked.get(accountId);
    if (!target) throw new NotFoundError(NOT_A_MEMBER);
    if (target === "owner") {
      if (myRole !== "owner") throw new ForbiddenError("Only an owner can remove another owner.");
      const owners = [...locked].filter(([, role]) => role === "owner").map(([id]) => id);
      if (owners.length <= 1) throw new ForbiddenError(LAST_OWNER);
      // tenant.owner_account_id names one owner (billing contact, F7): hand it to another owner if it was this one.
      const successor = owners.find((id) => id !== accountId)!;
      await tx
        .update(t)
        .set({ ownerAccountId: successor })
        .where(and(eq(t.id, scope.tenant.id), eq(t.ownerAccountId, accountId)));
    }
    await tx.delete(m).where(eq(m.accountId, accountId));
    return { ok: true as const };
  });
}

/** The target becomes owner and the caller admin, in one transaction: there is an owner at every moment. */
export function transferOwnership(scope: TenantScope, accountId: string) {
  const me = scope.session.accountId;
  if (accountId === me) {
    throw new ValidationError("You already own this CRM database.", {
      accountId: ["Choose another member."],
    });
  }
  return scope.withTenant(async (tx) => {
    const locked = await lockMembers(tx, [me, accountId]);
    currentRole(locked, me, "owner");
    if (!locked.has(accountId)) throw new NotFoundError(NOT_A_MEMBER);
    await tx.update(m).set({ role: "owner" }).where(eq(m.accountId, accountId));
    await tx.update(m).set({ role: "admin" }).where(eq(m.accountId, me));
    await tx.update(t).set({ ownerAccountId: accountId }).where(eq(t.id, scope.tenant.id));
    return { ownerAccountId: accountId, role: "admin" as MembershipRole };
  });
}

// Invitations --------------------------------------------------------------------------------------------------------

const invitationColumns = {
  id: inv.id,
  email: inv.email,
  role: inv.role,
  invitedBy: inv.invitedBy,
  invitedByName: acct.name,
  expiresAt: inv.expiresAt,
  createdAt: inv.createdAt,
};

const sameEmail = (email: string) => sql`lower(${inv.email}) = lower(${email})`;

/** A revoked or superseded invitation's link must stop working too: its token is spent. */
async function spendTokens(tx: Tx, tokenIds: (string | null)[], now: Date) {
  const ids = tokenIds.filter((id): id is string => id !== null);
  if (ids.length === 0) return;
  await tx
    .update(schema.oneTimeToken)
    .set({ usedAt: now })
    .where(and(inArray(schema.oneTimeToken.id, ids), isNull(schema.oneTimeToken.usedAt)));
}

/** Pending invitations: not accepted, not revoked, not expired; newest first. */
export function listInvitations(scope: TenantScope) {
  const now = scope.now();
  return scope.withTenant((tx) =>
    tx
      .select(invitationColumns)
      .from(inv)
      .leftJoin(acct, eq(acct.id, inv.invitedBy))
      .where(and(isNull(inv.acceptedAt), isNull(inv.revokedAt), gt(inv.expiresAt, now)))
      .orderBy(desc(inv.createdAt), desc(inv.id)),
  );
}

/**
 * Invites an address into the tenant. The link's token is a one-time token (only its hash is stored, P23) whose
 * data names the tenant and the invitation. Inviting the same address again replaces the earlier invitation.
 * The mail goes out after the transaction commits (the mailer writes the outbox through its own handle), in the
 * inviter's language: the invitee may have no account, hence no language of their own yet.
 */
export async function invite(scope: TenantScope, input: z.output<typeof inviteInput>) {
  const me = scope.session.accountId;
  const now = scope.now();
  const created = await scope.withTenant(async (tx) => {
    const [inviter] = await tx.select({ name: acct.name, locale: acct.locale }).from(acct).where(eq(acct.id, me));
    if (!inviter) throw new NotFoundError(NO_TENANT);
    const [already] = await tx
      .select({ accountId: m.accountId })
      .from(m)
      .innerJoin(acct, eq(acct.id, m.accountId))
      .where(sql`lower(${acct.email}) = lower(${input.email})`);
    if (already) {
      throw new ConflictError("This person is already a member.", {
        email: ["This person is already a member of this CRM database."],
      });
    }
    const superseded = await tx
      .update(inv)
      .set({ revokedAt: now })
      .where(and(sameEmail(input.email), isNull(inv.acceptedAt), isNull(inv.revokedAt)))
      .returning({ tokenId: inv.tokenId });
    await spendTokens(
      tx,
      superseded.map((r) => r.tokenId),
      now,
    );
    const [row] = await tx
      .insert(inv)
      .values({
        tenantId: scope.tenant.id,
        email: input.email,
        role: input.role,
        invitedBy: me,
        expiresAt: new Date(now.getTime() + INVITE_TTL_MS),
        createdAt: now,
      })
      .returning();
    const invitation = row!;
    const token = await createOneTimeToken(tx, {
      purpose: "invite",
      email: input.email,
      data: { tenantId: scope.tenant.id, invitationId: invitation.id, role: input.role },
      ttlMs: INVITE_TTL_MS,
      now,
    });
    const [tokenRow] = await tx
      .select({ id: schema.oneTimeToken.id })
      .from(schema.oneTimeToken)
      .where(eq(schema.oneTimeToken.tokenHash, hashToken(token)));
    await tx.update(inv).set({ tokenId: tokenRow!.id }).where(eq(inv.id, invitation.id));
    return { invitation, token, tokenId: tokenRow!.id, inviter };
  });
  const { invitation, token, tokenId, inviter } = created;
  try {
    await scope.mailer.send({
      to: invitation.email,
      kind: "invite",
      locale: inviter.locale,
      params: {
        inviterName: inviter.name,
        tenantName: scope.tenant.name,
        url: `${scope.publicOrigin}/app/invite?token=${token}`,
      },
    });
  } catch (err) {
    // An invitation whose mail never left would sit in the list as if it had: withdraw it, then report the failure.
    await scope.withTenant(async (tx) => {
      await tx.update(inv).set({ revokedAt: now }).where(eq(inv.id, invitation.id));
      await spendTokens(tx, [tokenId], now);
    });
    throw err;
  }
  return {
    id: invitation.id,
    email: invitation.email,
    role: invitation.role,
    invitedBy: me,
    invitedByName: inviter.name,
    expiresAt: invitation.expiresAt,
    createdAt: invitation.createdAt,
  };
}

export function revokeInvitation(scope: TenantScope, id: string) {
  const now = scope.now();
  return scope.withTenant(async (tx) => {
    const revoked = await tx
      .update(inv)
      .set({ revokedAt: now })
      .where(and(eq(inv.id, id), isNull(inv.acceptedAt), isNull(inv.revokedAt)))
      .returning({ tokenId: inv.tokenId });
    if (revoked.length === 0) throw new NotFoundError("No such pending invitation.");
    await spendTokens(
      tx,
      revoked.map((r) => r.tokenId),
      now,
    );
    return { ok: true as const };
  });
}

const inviteData = z.object({ tenantId: z.uuid(), invitationId: z.uuid() });

/**
 * Opens an invitation link as the signed-in account. Everything happens in one transaction, the token's consumption
 * included: a refusal (another address signed in, say) rolls it back, so the link still works for the right account,
 * while a success spends it for good.
 */
export async function acceptInvite(ctx: Context, accountId: string, input: z.output<typeof acceptInviteInput>) {
  const now = ctx.now();
  const invalid = () => new ValidationError(BAD_INVITE, { token: [BAD_INVITE] });
  return ctx.db.transaction(async (tx) => {
    const token = await consumeOneTimeToken(tx, { purpose: "invite", token: input.token, now });
    const data = inviteData.safeParse(token?.data);
    if (!data.success) throw invalid();
    const [account] = await tx
      .select({ email: acct.email, verifiedAt: acct.emailVerifiedAt })
      .from(acct)
      .where(eq(acct.id, accountId));
    if (!account) throw new UnauthorizedError("Please sign in.");
    const [tenant] = await tx
      .select({ id: t.id, slug: t.slug, name: t.name, status: t.status })
      .from(t)
      .where(eq(t.id, data.data.tenantId));
    if (!tenant || tenant.status === "destroyed") throw invalid();
    return withTenant(tx, tenant.id, async (ttx) => {
      const [invitation] = await ttx.select().from(inv).where(eq(inv.id, data.data.invitationId)).for("update");
      if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= now) throw invalid();
      // The link proves control of the invited address only in the hands of the account verified for it.
      if (!account.verifiedAt || account.email.toLowerCase() !== invitation.email.toLowerCase()) {
        throw new ForbiddenError("This invitation was sent to another address.");
      }
      await ttx
        .insert(m)
        .values({ tenantId: tenant.id, accountId, role: invitation.role, createdAt: now })
        .onConflictDoNothing();
      await ttx.update(inv).set({ acceptedAt: now }).where(eq(inv.id, invitation.id));
      // Already a member (joined meanwhile): the existing role stands, an invitation never demotes anyone.
      const [membership] = await ttx.select({ role: m.role }).from(m).where(eq(m.accountId, accountId));
      return { tenant: { slug: tenant.slug, name: tenant.name }, role: membership!.role };
    });
  });
}
