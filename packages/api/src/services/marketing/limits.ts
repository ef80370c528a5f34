/**
 * Per-IP limits of the public marketing-site procedures, to merge into the server's PROCEDURE_LIMITS (on top of the
 * global limit). The forms also need a fresh proof of work per submission (P7).
 */
export const MARKETING_PROCEDURE_LIMITS: Record<string, { max: number; timeWindow: number }> = {
  "forms.contactSales": { max: 5, timeWindow: 10 * 60_000 },
  "forms.registerEvent": { max: 10, timeWindow: 10 * 60_000 },
  "forms.partnerRequest": { max: 5, timeWindow: 10 * 60_000 },
  "forms.privacyRequest": { max: 5, timeWindow: 15 * 60_000 },
  "consent.record": { max: 30, timeWindow: 60_000 },
  "stats.linkRequests": { max: 30, timeWindow: 60_000 },
};

/** The challenge endpoint of the bot check (GET /api/altcha/challenge): a route-level rate limit. */
export const ALTCHA_CHALLENGE_LIMIT = { max: 30, timeWindow: 60_000 };
