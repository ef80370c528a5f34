import type { RouterInputs } from "@abante/api";
import { trpc } from "./trpc";

// Components call these named wrappers, never the client directly: one place to see (and later cache or preload)
// what the app asks of the API, and the one module tests replace with fakes.

interface CallOptions {
  /** Aborts the call, e.g. `AbortSignal.timeout(10_000)` so a hung request cannot stall a poll forever. */
  signal?: AbortSignal;
}

/** Health of the platform: database, migrations, demo data and scheduled jobs. Public, no input. */
export function getPlatformStatus(options: CallOptions = {}) {
  return trpc.platform.status.query(undefined, { signal: options.signal });
}

export type PlatformStatus = Awaited<ReturnType<typeof getPlatformStatus>>;
export type PlatformJob = PlatformStatus["jobs"][number];

// Identity. Inputs are the shapes of `@abante/validators`; the forms validate them before calling.

/** The signed-in account, or null. The session cookie is HttpOnly: this is the only way the app learns about it. */
export const getMe = () => trpc.auth.me.query();
export const signIn = (input: RouterInputs["auth"]["signIn"]) => trpc.auth.signIn.mutate(input);
export const signUp = (input: RouterInputs["auth"]["signUp"]) => trpc.auth.signUp.mutate(input);
export const signOut = () => trpc.auth.signOut.mutate();
export const verifyEmail = (input: RouterInputs["auth"]["verifyEmail"]) => trpc.auth.verifyEmail.mutate(input);
export const resendVerification = () => trpc.auth.resendVerification.mutate();
export const requestPasswordReset = (input: RouterInputs["auth"]["requestPasswordReset"]) =>
  trpc.auth.requestPasswordReset.mutate(input);
export const resetPassword = (input: RouterInputs["auth"]["resetPassword"]) => trpc.auth.resetPassword.mutate(input);

export type Me = NonNullable<Awaited<ReturnType<typeof getMe>>>;

// The account portal (P17).

export const getProfile = () => trpc.account.profile.query();
export const updateProfile = (input: RouterInputs["account"]["updateProfile"]) =>
  trpc.account.updateProfile.mutate(input);
export const changeEmail = (input: RouterInputs["account"]["changeEmail"]) => trpc.account.changeEmail.mutate(input);
export const setMarketing = (input: RouterInputs["account"]["setMarketing"]) => trpc.account.setMarketing.mutate(input);
export const changePassword = (input: RouterInputs["account"]["changePassword"]) =>
  trpc.account.changePassword.mutate(input);
export const getSessions = () => trpc.account.sessions.query();
export const revokeSession = (input: RouterInputs["account"]["revokeSession"]) =>
  trpc.account.revokeSession.mutate(input);
export const signOutEverywhere = () => trpc.account.signOutEverywhere.mutate();
export const getPrivacyRequests = () => trpc.account.privacyRequests.query();
export const requestDataExport = () => trpc.account.requestDataExport.mutate();
export const requestDeletion = (input: RouterInputs["account"]["requestDeletion"]) =>
  trpc.account.requestDeletion.mutate(input);

export type Profile = Awaited<ReturnType<typeof getProfile>>;
export type AccountSession = Awaited<ReturnType<typeof getSessions>>[number];
export type PrivacyRequest = Awaited<ReturnType<typeof getPrivacyRequests>>[number];

// The dev mailbox: e-mails the server "sent" in development without SMTP.

export const getDevMailbox = () => trpc.dev.mailbox.query();
export const getDevMessage = (id: string) => trpc.dev.message.query({ id });

export type DevMailbox = Awaited<ReturnType<typeof getDevMailbox>>;
export type DevMessage = Awaited<ReturnType<typeof getDevMessage>>;

// CRM databases (tenants) of the signed-in account. Here rather than in crm-queries.ts: the home page and the tenant
// switcher need them, and this module is already part of the first load (the session loads it).

/** Every CRM database the account belongs to, with its role there. */
export const getMyTenants = () => trpc.tenant.mine.query();
export const createTenant = (input: RouterInputs["tenant"]["create"]) => trpc.tenant.create.mutate(input);
/** Opens an e-mailed invitation as the signed-in account; answers with the tenant joined. */
export const acceptInvite = (input: RouterInputs["member"]["acceptInvite"]) => trpc.member.acceptInvite.mutate(input);

export type MyTenant = Awaited<ReturnType<typeof getMyTenants>>[number];
export type MembershipRole = MyTenant["role"];
