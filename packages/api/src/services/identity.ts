import {
  consumeOneTimeToken,
  createOneTimeToken,
  createSession,
  describeUserAgent,
  hashPassword,
  invalidateAccountSessions,
  listAccountSessions,
  passwordProblems,
  throttledVerify,
  verifyPassword,
} from "@abante/auth";
import { type DbOrTx, schema } from "@abante/db";
import { durationMs, retention } from "@abante/privacy";
import type {
  changeEmailInput,
  changePasswordInput,
  resetPasswordInput,
  signInInput,
  signUpRequestInput,
  updateProfileInput,
} from "@abante/validators";
import { and, desc, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Context } from "../context";
import { ConflictError, ForbiddenError, RateLimitedError, UnauthorizedError, ValidationError } from "../errors";
import { requireBotCheck } from "./marketing/forms";

const HOUR = 3600 * 1000;
/** How long each single-use link works (P23): the registry's values, as the privacy page publishes them. */
const tokenTtl = (hours: number) => durationMs({ amount: hours, unit: "hours" });
export const VERIFY_TTL_MS = tokenTtl(retention.oneTimeTokenHours.verify);
export const RESET_TTL_MS = tokenTtl(retention.oneTimeTokenHours.reset);
export const CHANGE_EMAIL_TTL_MS = tokenTtl(retention.oneTimeTokenHours.changeEmail);
/** The legal deadline for a data-subject request (P18): the registry's value, as the privacy page publishes it. */
export const DSR_DEADLINE_DAYS = retention.dsrDeadlineDays;

type Account = typeof schema.account.$inferSelect;

/** A hash to verify against when the e-mail is unknown, so both paths cost the same time. */
let decoyHash: Promise<string> | undefined;
const decoy = () => {
  decoyHash ??= hashPassword("decoy password that never matches anything");
  return decoyHash;
};

const byEmail = (email: string) => sql`lower(${schema.account.email}) = lower(${email})`;

export async function findAccountByEmail(db: DbOrTx, email: string): Promise<Account | undefined> {
  const [row] = await db.select().from(schema.account).where(byEmail(email));
  return row;
}

export function me(a: Account) {
  return {
    id: a.id,
    email: a.email,
    name: a.name,
    emailVerified: a.emailVerifiedAt !== null,
    staffRole: a.staffRole,
    locale: a.locale,
  };
}

function link(ctx: Context, path: string, token: string) {
  return `${ctx.publicOrigin}/app/${path}?token=${token}`;
}

/** Mail is sent after the response is decided, so its latency cannot tell an attacker anything; failures are logged. */
function sendLater(ctx: Context, send: () => Promise<unknown>) {
  void send().catch((err) => ctx.log.error({ err }, "sending mail failed"));
}

async function checkPassword(password: string, userInputs: string[]) {
  const problems = await passwordProblems(password, userInputs);
  if (problems.length > 0) throw new ValidationError(problems[0]!, { password: problems });
}

async function sendVerification(ctx: Context, account: Account) {
  const token = await createOneTimeToken(ctx.db, {
    purpose: "verify_email",
    accountId: account.id,
    email: account.email,
    ttlMs: VERIFY_TTL_MS,
    now: ctx.now(),
  });
  await ctx.mailer.send({
    to: account.email,
    kind: "verify_email",
    locale: account.locale,
    params: { name: account.name, url: link(ctx, "verify-email", token) },
  });
}

/**
 * P1: stores exactly the registration fields plus the request's locale and country. The answer is the same whether
 * or not the address is registered; an existing account gets no second account and no error.
 * P7: like every public form, it needs a valid, unused bot proof, checked first and inside the transaction: a refused
 * sign-up writes nothing (not even the spent proof), and no password is hashed for a request without one.
 */
export async function signUp(ctx: Context, input: z.output<typeof signUpRequestInput>) {
  const mailTo = await ctx.db.transaction(async (tx): Promise<Account | null> => {
    await requireBotCheck(ctx, tx, input.altcha);
    await checkPassword(input.password, [input.name, input.email, input.companyName]);
    const passwordHash = await hashPassword(input.password);
    const existing = await findAccountByEmail(tx, input.email);
    if (existing) {
      // Someone signing up again before verifying: a fresh link to the address, nothing else changes.
      return existing.emailVerifiedAt ? null : existing;
    }
    const [account] = await tx
      .insert(schema.account)
      .values({
        email: input.email,
        name: input.name,
        companyName: input.companyName,
        phone: input.phone,
        businessSector: input.businessSector,
        interests: input.interests,
        locale: ctx.meta.locale,
        country: ctx.meta.country,
        passwordHash,
      })
      .onConflictDoNothing()
      .returning();
    return account ?? null;
  });
  // After the commit: the link's token row and the mail refer to a stored account.
  if (mailTo) sendLater(ctx, () => sendVerification(ctx, mailTo));
  return { ok: true as const, email: input.email };
}

export async function signIn(ctx: Context, input: z.output<typeof signInInput>) {
  const wrong = () => new UnauthorizedError("Email or password is incorrect.");
  const account = await findAccountByEmail(ctx.db, input.email);
  if (!account?.passwordHash) {
    await verifyPassword(await decoy(), input.password);
    throw wrong();
  }
  const hash = account.passwordHash;
  const verdict = await throttledVerify(ctx.db, account.id, ctx.now(), () => verifyPassword(hash, input.password));
  if (verdict === "throttled") {
    throw new RateLimitedError("Too many sign-in attempts for this account. Try again later or reset your password.");
  }
  if (verdict === "wrong") throw wrong();
  if (!account.emailVerifiedAt) {
    sendLater(ctx, () => sendVerification(ctx, account));
    throw new ForbiddenError("Please verify your email address first: we have sent you a new link.");
  }
  const { token, session } = await createSession(ctx.db, {
    accountId: account.id,
    now: ctx.now(),
    ip: ctx.meta.ip,
    userAgent: ctx.meta.userAgent,
    country: ctx.meta.country,
  });
  ctx.cookies.set(token, session.expiresAt);
  return me(account);
}

/** Opens an e-mailed verification link: a sign-up verification or an e-mail change. */
export async function verifyEmail(ctx: Context, token: string) {
  const now = ctx.now();
  const invalid = () =>
    new ValidationError("This link is invalid or has expired.", { token: ["This link is invalid or has expired."] });
  const verify = await consumeOneTimeToken(ctx.db, { purpose: "verify_email", token, now });
  if (verify?.accountId) {
    const [a] = await ctx.db
      .update(schema.account)
      .set({ emailVerifiedAt: now })
      .where(and(eq(schema.account.id, verify.accountId), isNull(schema.account.emailVerifiedAt)))
      .returning();
    const account = a ?? (await ctx.db.select().from(schema.account).where(eq(schema.account.id, verify.accountId)))[0];
    if (!account) throw invalid();
    return { ok: true as const, email: account.email };
  }
  const change = await consumeOneTimeToken(ctx.db, { purpose: "change_email", token, now });
  if (!change?.accountId || !change.email) throw invalid();
  const [before] = await ctx.db.select().from(schema.account).where(eq(schema.account.id, change.accountId));
  if (!before) throw invalid();
  const taken = await findAccountByEmail(ctx.db, change.email);
  if (taken && taken.id !== before.id) {
    throw new ConflictError("This email address is already used by another account.", {
      token: ["This email address is already used by another account."],
    });
  }
  const newEmail = change.email;
  await ctx.db
    .update(schema.account)
    .set({ email: newEmail, emailVerifiedAt: now })
    .where(eq(schema.account.id, before.id));
  sendLater(ctx, () =>
    ctx.mailer.send({
      to: before.email,
      kind: "email_changed",
      locale: before.locale,
      params: { name: before.name, newEmail },
    }),
  );
  return { ok: true as const, email: newEmail };
}

export async function resendVerification(ctx: Context, accountId: string) {
  const [account] = await ctx.db.select().from(schema.account).where(eq(schema.account.id, accountId));
  if (account && !account.emailVerifiedAt) sendLater(ctx, () => sendVerification(ctx, account));
  return { ok: true as const };
}

/** Always the same answer: whether the address is registered is never revealed. */
export async function requestPasswordReset(ctx: Context, email: string) {
  const account = await findAccountByEmail(ctx.db, email);
  if (account) {
    sendLater(ctx, async () => {
      const token = await createOneTimeToken(ctx.db, {
        purpose: "reset_password",
        accountId: account.id,
        email: account.email,
        ttlMs: RESET_TTL_MS,
        now: ctx.now(),
      });
      await ctx.mailer.send({
        to: account.email,
        kind: "reset_password",
        locale: account.locale,
        params: { name: account.name, url: link(ctx, "reset-password", token) },
      });
    });
  }
  return { ok: true as const };
}

/** P23: a reset revokes every session of the account. Opening the link also proves control of the address. */
export async function resetPassword(ctx: Context, input: z.output<typeof resetPasswordInput>) {
  const now = ctx.now();
  const token = await consumeOneTimeToken(ctx.db, { purpose: "reset_password", token: input.token, now });
  const [account] = token?.accountId
    ? await ctx.db.select().from(schema.account).where(eq(schema.account.id, token.accountId))
    : [];
  if (!account) {
    throw new ValidationError("This link is invalid or has expired.", {
      token: ["This link is invalid or has expired."],
    });
  }
  await checkPassword(input.password, [account.name, account.email, account.companyName ?? ""]);
  const passwordHash = await hashPassword(input.password);
  await ctx.db
    .update(schema.account)
    .set({ passwordHash, emailVerifiedAt: account.emailVerifiedAt ?? now })
    .where(eq(schema.account.id, account.id));
  await invalidateAccountSessions(ctx.db, account.id);
  ctx.cookies.clear();
  sendLater(ctx, () =>
    ctx.mailer.send({
      to: account.email,
      kind: "password_changed",
      locale: account.locale,
      params: { name: account.name },
    }),
  );
  return { ok: true as const };
}

async function accountOrThrow(ctx: Context, accountId: string): Promise<Account> {
  const [account] = await ctx.db.select().from(schema.account).where(eq(schema.account.id, accountId));
  if (!account) throw new UnauthorizedError("Please sign in.");
  return account;
}

async function pendingEmail(ctx: Context, accountId: string): Promise<string | null> {
  const [row] = await ctx.db
    .select({ email: schema.oneTimeToken.email })
    .from(schema.oneTimeToken)
    .where(
      and(
        eq(schema.oneTimeToken.accountId, accountId),
        eq(schema.oneTimeToken.purpose, "change_email"),
        isNull(schema.oneTimeToken.usedAt),
        gt(schema.oneTimeToken.expiresAt, ctx.now()),
      ),
    )
    .orderBy(desc(schema.oneTimeToken.createdAt))
    .limit(1);
  return row?.email ?? null;
}

/** P17: everything the account holds about its person. */
export async function profile(ctx: Context, accountId: string) {
  const a = await accountOrThrow(ctx, accountId);
  return {
    id: a.id,
    email: a.email,
    name: a.name,
    companyName: a.companyName,
    phone: a.phone,
    businessSector: a.businessSector,
    interests: a.interests,
    locale: a.locale,
    country: a.country,
    emailVerifiedAt: a.emailVerifiedAt,
    marketingOptIn: a.marketingOptIn,
    createdAt: a.createdAt,
    pendingEmail: await pendingEmail(ctx, accountId),
  };
}

export async function updateProfile(ctx: Context, accountId: string, input: z.output<typeof updateProfileInput>) {
  await ctx.db
    .update(schema.account)
    .set({
      name: input.name,
      companyName: input.companyName,
      phone: input.phone,
      businessSector: input.businessSector,
      interests: input.interests,
      locale: input.locale,
    })
    .where(eq(schema.account.id, accountId));
  return profile(ctx, accountId);
}

async function requirePassword(ctx: Context, account: Account, password: string, field: string) {
  const hash = account.passwordHash;
  const verdict = hash
    ? await throttledVerify(ctx.db, account.id, ctx.now(), () => verifyPassword(hash, password))
    : "wrong";
  if (verdict === "throttled") throw new RateLimitedError("Too many attempts. Try again later.");
  if (verdict === "wrong")
    throw new ValidationError("The password is not correct.", { [field]: ["The password is not correct."] });
}

export async function changeEmail(ctx: Context, accountId: string, input: z.output<typeof changeEmailInput>) {
  const account = await accountOrThrow(ctx, accountId);
  await requirePassword(ctx, account, input.password, "password");
  if (account.email.toLowerCase() === input.newEmail.toLowerCase()) {
    throw new ValidationError("This is already your email address.", {
      newEmail: ["This is already your email address."],
    });
  }
  const token = await createOneTimeToken(ctx.db, {
    purpose: "change_email",
    accountId,
    email: input.newEmail,
    ttlMs: CHANGE_EMAIL_TTL_MS,
    now: ctx.now(),
  });
  await ctx.mailer.send({
    to: input.newEmail,
    kind: "change_email",
    locale: account.locale,
    params: { name: account.name, url: link(ctx, "verify-email", token), newEmail: input.newEmail },
  });
  return { ok: true as const, pendingEmail: input.newEmail };
}

export async function setMarketing(ctx: Context, accountId: string, optIn: boolean) {
  const [row] = await ctx.db
    .update(schema.account)
    .set({ marketingOptIn: optIn, marketingOptInAt: optIn ? ctx.now() : null })
    .where(eq(schema.account.id, accountId))
    .returning({ marketingOptIn: schema.account.marketingOptIn });
  return { marketingOptIn: row?.marketingOptIn ?? false };
}

export async function sessions(ctx: Context, accountId: string, currentSessionId: string) {
  const list = await listAccountSessions(ctx.db, accountId, ctx.now());
  return list.map((s) => {
    const ua = describeUserAgent(s.userAgent);
    return {
      id: s.id,
      current: s.id === currentSessionId,
      createdAt: s.createdAt,
      lastSeenAt: s.lastSeenAt,
      expiresAt: s.expiresAt,
      browser: ua.browser,
      os: ua.os,
      device: ua.device,
      country: s.country,
      ip: s.ip,
    };
  });
}

export async function revokeSession(ctx: Context, accountId: string, sessionId: string, currentSessionId: string) {
  const deleted = await ctx.db
    .delete(schema.session)
    .where(and(eq(schema.session.id, sessionId), eq(schema.session.accountId, accountId)))
    .returning({ id: schema.session.id });
  if (deleted.length === 0) throw new ValidationError("Unknown session.", { id: ["Unknown session."] });
  if (sessionId === currentSessionId) ctx.cookies.clear();
  return { ok: true as const };
}

export async function signOutEverywhere(ctx: Context, accountId: string) {
  const revoked = await invalidateAccountSessions(ctx.db, accountId);
  ctx.cookies.clear();
  return { ok: true as const, revoked };
}

/** Changing the password keeps this browser signed in and signs out every other session. */
export async function changePassword(
  ctx: Context,
  accountId: string,
  currentSessionId: string,
  input: z.output<typeof changePasswordInput>,
) {
  const account = await accountOrThrow(ctx, accountId);
  await requirePassword(ctx, account, input.currentPassword, "currentPassword");
  const problems = await passwordProblems(input.newPassword, [account.name, account.email, account.companyName ?? ""]);
  if (problems.length > 0) throw new ValidationError(problems[0]!, { newPassword: problems });
  await ctx.db
    .update(schema.account)
    .set({ passwordHash: await hashPassword(input.newPassword) })
    .where(eq(schema.account.id, accountId));
  const revoked = await invalidateAccountSessions(ctx.db, accountId, { except: currentSessionId });
  sendLater(ctx, () =>
    ctx.mailer.send({
      to: account.email,
      kind: "password_changed",
      locale: account.locale,
      params: { name: account.name },
    }),
  );
  return { ok: true as const, revoked };
}

const requestColumns = {
  id: schema.dsrRequest.id,
  kind: schema.dsrRequest.kind,
  status: schema.dsrRequest.status,
  createdAt: schema.dsrRequest.createdAt,
  dueAt: schema.dsrRequest.dueAt,
  completedAt: schema.dsrRequest.completedAt,
};

export function privacyRequests(ctx: Context, accountId: string) {
  return ctx.db
    .select(requestColumns)
    .from(schema.dsrRequest)
    .where(eq(schema.dsrRequest.accountId, accountId))
    .orderBy(desc(schema.dsrRequest.createdAt));
}

/**
 * The portal's entry points to F6: "download my data" (access) and "delete my account" (erasure). The request is
 * recorded with its legal deadline; F6 processes it.
 */
export async function createPrivacyRequest(
  ctx: Context,
  accountId: string,
  kind: "access" | "erasure",
  password?: string,
) {
  const account = await accountOrThrow(ctx, accountId);
  if (password !== undefined) await requirePassword(ctx, account, password, "password");
  const open = await ctx.db
    .select({ id: schema.dsrRequest.id })
    .from(schema.dsrRequest)
    .where(
      and(
        eq(schema.dsrRequest.accountId, accountId),
        eq(schema.dsrRequest.kind, kind),
        inArray(schema.dsrRequest.status, ["received", "verified", "in_progress"]),
      ),
    );
  if (open.length > 0) throw new ConflictError("You already have an open request of this kind.");
  const now = ctx.now();
  const [row] = await ctx.db
    .insert(schema.dsrRequest)
    .values({
      kind,
      accountId,
      subjectEmail: account.email,
      // Signed in with a verified address: the requester's identity is already established.
      verifiedAt: account.emailVerifiedAt ? now : null,
      status: account.emailVerifiedAt ? "verified" : "received",
      dueAt: new Date(now.getTime() + DSR_DEADLINE_DAYS * 24 * HOUR),
    })
    .returning(requestColumns);
  return row!;
}
