export { checkSameOrigin, type SameOriginResult } from "./csrf";
export {
  consumeOneTimeToken,
  createOneTimeToken,
  deleteExpiredTokens,
  type OneTimeTokenRow,
  type TokenPurpose,
} from "./one-time-tokens";
export {
  ARGON2_PARAMS,
  hashPassword,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  passwordProblems,
  verifyPassword,
} from "./passwords";
export {
  type AccountRow,
  type BlankSessionCookie,
  blankSessionCookie,
  createSession,
  deleteExpiredSessions,
  generateSessionToken,
  hashToken,
  invalidateAccountSessions,
  invalidateSession,
  listAccountSessions,
  SECURE_SESSION_COOKIE,
  SESSION_COOKIE,
  SESSION_IDLE_MS,
  SESSION_MAX_MS,
  SESSION_TOUCH_MS,
  type SessionCookie,
  type SessionCookieOptions,
  type SessionRow,
  sessionCookie,
  validateSession,
} from "./sessions";
export { MAX_FAILED_SIGN_INS_PER_HOUR, pruneAuthAttempts, throttledVerify } from "./throttle";
export { type DeviceType, describeUserAgent, type UserAgentDescription } from "./user-agent";
