import { ALTCHA_CHALLENGE_LIMIT, type Pow, processPow } from "@abante/api";
import type { FastifyInstance } from "fastify";

export interface AltchaRouteOptions {
  /** The server's proof of work (from ALTCHA_HMAC_KEY); the process's own when absent (dev, tests). */
  pow?: Pow;
  now?: () => Date;
}

/**
 * P7: `GET /api/altcha/challenge` hands the form widget a signed proof-of-work challenge (valid 10 minutes).
 * Challenges are stateless and cheap to make, but each costs a signature: rate limited per IP.
 */
export async function registerAltchaRoutes(app: FastifyInstance, opts: AltchaRouteOptions = {}): Promise<void> {
  const pow = opts.pow ?? processPow();
  const now = opts.now ?? (() => new Date());
  app.get("/api/altcha/challenge", { config: { rateLimit: ALTCHA_CHALLENGE_LIMIT } }, async (_req, reply) => {
    const challenge = await pow.challenge(now());
    return reply.header("cache-control", "no-store").send(challenge);
  });
}
