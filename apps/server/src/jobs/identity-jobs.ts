import { deleteExpiredSessions, deleteExpiredTokens, pruneAuthAttempts } from "@abante/auth";
import type { Job } from "./types";

/** P27: sessions past their idle or absolute expiry are deleted, not merely refused. */
export const pruneExpiredSessions: Job = {
  name: "prune-expired-sessions",
  schedule: "*/15 * * * *",
  batchSize: 5000,
  run: ({ db, now, batchSize }) => deleteExpiredSessions(db, now, batchSize),
};

/** P23: one-time tokens (verification, reset, e-mail change, invitations) are deleted once expired. */
export const pruneExpiredTokens: Job = {
  name: "prune-expired-tokens",
  schedule: "7 * * * *",
  batchSize: 5000,
  run: ({ db, now, batchSize }) => deleteExpiredTokens(db, now, batchSize),
};

/** The per-account sign-in throttle only needs the last hour. */
export const pruneAuthAttemptsJob: Job = {
  name: "prune-auth-attempts",
  schedule: "*/10 * * * *",
  batchSize: 10000,
  run: ({ db, now, batchSize }) => pruneAuthAttempts(db, now, batchSize),
};
