// P7: the bot check of the public forms. Self-hosted proof of work (ALTCHA, altcha-lib v2) by default; a reCAPTCHA
// v3 score check for operators who configure it. Only the verdict is ever kept: the solution payload is checked and
// thrown away, and a used challenge's signature is remembered only until the challenge expires (replay).
import { createHmac, randomBytes } from "node:crypto";
import { type DbOrTx, schema } from "@abante/db";
import { type Challenge, createChallenge, randomInt, type Solution, verifySolution } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";

export const POW_ALGORITHM = "PBKDF2/SHA-256";
/** A challenge is valid this long after it was issued. */
export const POW_TTL_MS = 10 * 60_000;
/**
 * PBKDF2 iterations per attempt and the highest counter. The solver tries counters from 0 up to a random value in
 * [maxCounter/2, maxCounter], so the work is bounded: at most 251 × 1000 PBKDF2-SHA-256 iterations. Measured on the
 * build machine (2026-11): Node 20 solves in 83 ms median, 163 ms worst of 20; Chromium's WebCrypto needs 108 ms for
 * the worst case on one thread, ≈ 0.35–0.65 s with the CPU throttled 4–6× (a mid-range phone) — before the widget
 * spreads the counters over its workers. Verifying costs one HMAC (≈ 1 ms).
 */
export const POW_COST = 1000;
export const POW_MAX_COUNTER = 250;
/** A real payload is well under 1 kB; anything longer is not worth parsing. */
const MAX_PAYLOAD = 4096;

export type BotVerdict =
  | { ok: true; kind: "altcha" | "recaptcha"; score?: number }
  | { ok: false; kind: "altcha" | "recaptcha"; reason: BotRefusal; score?: number };
export type BotRefusal = "missing" | "invalid" | "expired" | "replayed" | "low_score" | "unavailable";

export interface BotCheckContext {
  now: Date;
  ip: string;
}

/** What a public form asks before it writes anything. */
export interface BotCheck {
  readonly kind: "altcha" | "recaptcha";
  /** `db` should be the form's transaction, so a refused form leaves nothing behind and a used proof is one write. */
  verify(db: DbOrTx, payload: string | null | undefined, ctx: BotCheckContext): Promise<BotVerdict>;
}

export interface Pow extends BotCheck {
  readonly kind: "altcha";
  /** A signed challenge for the widget (`GET /api/altcha/challenge`). */
  challenge(now?: Date): Promise<Challenge>;
}

export interface PowOptions {
  /** ALTCHA_HMAC_KEY: signs challenges. Every server behind one site needs the same key. */
  hmacKey: string;
  cost?: number;
  maxCounter?: number;
  ttlMs?: number;
}

interface Payload {
  challenge: Challenge;
  solution: Solution;
}

function parsePayload(payload: string): Payload | null {
  if (payload.length > MAX_PAYLOAD) return null;
  try {
    const value = JSON.parse(Buffer.from(payload, "base64").toString("utf8")) as Partial<Payload> | null;
    const params = value?.challenge?.parameters;
    if (!params || typeof value?.challenge?.signature !== "string" || typeof value.solution !== "object") return null;
    if (params.algorithm !== POW_ALGORITHM || typeof params.expiresAt !== "number") return null;
    return value as Payload;
  } catch {
    return null;
  }
}

export function createPow(opts: PowOptions): Pow {
  if (!opts.hmacKey) throw new Error("createPow: hmacKey is required");
  const cost = opts.cost ?? POW_COST;
  const maxCounter = opts.maxCounter ?? POW_MAX_COUNTER;
  const ttlMs = opts.ttlMs ?? POW_TTL_MS;
  const hmacSignatureSecret = opts.hmacKey;
  // A second secret signs the expected key, so verifying costs one HMAC instead of re-deriving the key.
  const hmacKeySignatureSecret = createHmac("sha256", opts.hmacKey).update("abante altcha key signature").digest("hex");

  return {
    kind: "altcha",
    challenge(now = new Date()) {
      return createChallenge({
        algorithm: POW_ALGORITHM,
        cost,
        counter: randomInt(maxCounter, Math.max(1, Math.floor(maxCounter / 2))),
        deriveKey,
        hmacSignatureSecret,
        hmacKeySignatureSecret,
        expiresAt: new Date(now.getTime() + ttlMs),
      });
    },
    async verify(db, payload, ctx) {
      const refuse = (reason: BotRefusal): BotVerdict => ({ ok: false, kind: "altcha", reason });
      if (!payload) return refuse("missing");
      const parsed = parsePayload(payload);
      if (!parsed) return refuse("invalid");
      const expiresAtMs = (parsed.challenge.parameters.expiresAt ?? 0) * 1000;
      if (expiresAtMs <= ctx.now.getTime()) return refuse("expired");
      let result: Awaited<ReturnType<typeof verifySolution>>;
      try {
        result = await verifySolution({
          challenge: parsed.challenge,
          solution: parsed.solution,
          deriveKey,
          hmacSignatureSecret,
          hmacKeySignatureSecret,
        });
      } catch {
        return refuse("invalid");
      }
      if (result.expired) return refuse("expired");
      if (!result.verified) return refuse("invalid");
      // The signature is unique per challenge and covers its parameters: remembered until expiry, it refuses replays.
      const fresh = await db
        .insert(schema.usedChallenge)
        .values({ signature: parsed.challenge.signature!, expiresAt: new Date(expiresAtMs) })
        .onConflictDoNothing()
        .returning({ signature: schema.usedChallenge.signature });
      return fresh.length === 1 ? { ok: true, kind: "altcha" } : refuse("replayed");
    },
  };
}

let devPow: Pow | undefined;

/**
 * A proof of work with a random key, shared by everything in this process: for development and tests, when no
 * ALTCHA_HMAC_KEY is configured. Several servers behind one site need a configured key instead.
 */
export function processPow(): Pow {
  devPow ??= createPow({ hmacKey: randomBytes(32).toString("hex") });
  return devPow;
}

export interface RecaptchaOptions {
  /** RECAPTCHA_SECRET. */
  secret: string;
  /** Scores below this are refused (reCAPTCHA v3: 0.0 bot … 1.0 human). */
  minScore?: number;
  /** The action the page passed to grecaptcha.execute, when it should be checked. */
  action?: string;
  /** The HTTP call, injectable so tests never touch the network. */
  fetch?: typeof fetch;
  timeoutMs?: number;
}

interface SiteVerifyResponse {
  success?: boolean;
  score?: number;
  action?: string;
  "error-codes"?: string[];
}

/**
 * reCAPTCHA v3 verification (score only). The visitor's IP is not sent to Google: it is optional in the API.
 * Google refuses a token used twice (`timeout-or-duplicate`), so no replay store is needed.
 */
export function createRecaptchaCheck(opts: RecaptchaOptions): BotCheck {
  const minScore = opts.minScore ?? 0.5;
  const doFetch = opts.fetch ?? fetch;
  return {
    kind: "recaptcha",
    async verify(_db, token) {
      if (!token) return { ok: false, kind: "recaptcha", reason: "missing" };
      if (token.length > MAX_PAYLOAD) return { ok: false, kind: "recaptcha", reason: "invalid" };
      let body: SiteVerifyResponse;
      try {
        const res = await doFetch("https://www.google.com/recaptcha/api/siteverify", {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({ secret: opts.secret, response: token }).toString(),
          signal: AbortSignal.timeout(opts.timeoutMs ?? 5000),
        });
        if (!res.ok) return { ok: false, kind: "recaptcha", reason: "unavailable" };
        body = (await res.json()) as SiteVerifyResponse;
      } catch {
        return { ok: false, kind: "recaptcha", reason: "unavailable" };
      }
      if (!body.success) return { ok: false, kind: "recaptcha", reason: "invalid" };
      if (opts.action && body.action !== opts.action) return { ok: false, kind: "recaptcha", reason: "invalid" };
      const score = typeof body.score === "number" ? body.score : 0;
      return score >= minScore
        ? { ok: true, kind: "recaptcha", score }
        : { ok: false, kind: "recaptcha", reason: "low_score", score };
    },
  };
}

/** The message a refused form shows next to the bot check. */
export const BOT_CHECK_MESSAGES: Record<BotRefusal, string> = {
  missing: "Please complete the verification.",
  invalid: "The verification failed. Please try again.",
  expired: "The verification expired. Please try again.",
  replayed: "This verification was already used. Please try again.",
  low_score: "We could not verify this request. Please try again or contact us by e-mail.",
  unavailable: "The verification service is unavailable. Please try again in a moment.",
};

/** Encodes a solved challenge the way the widget submits it (tests, scripts). */
export function encodePowPayload(challenge: Challenge, solution: Solution): string {
  return Buffer.from(JSON.stringify({ challenge, solution })).toString("base64");
}
