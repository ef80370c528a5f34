// Test support for the marketing procedures: a cheap proof of work, a solver, and callers with a visitor's context.
import type { Db } from "@abante/db";
import { solveChallenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import { type Context, type CreateContextOptions, createContext, type Logger } from "../../context";
import { type BotCheck, createPow, encodePowPayload, type Pow } from "../../pow";
import { appRouter } from "../../root";
import { createCallerFactory } from "../../trpc";

/** The same code path as production with a trivial cost, so tests solve in milliseconds. */
export const testPow: Pow = createPow({ hmacKey: "test-hmac-key-0123456789abcdef0123456789", cost: 2, maxCounter: 8 });

/** Solves a fresh challenge the way the widget does and returns the payload a form submits. */
export async function solvedProof(pow: Pow = testPow, issuedAt = new Date()): Promise<string> {
  const challenge = await pow.challenge(issuedAt);
  const solution = await solveChallenge({ challenge, deriveKey });
  if (!solution) throw new Error("could not solve the test challenge");
  return encodePowPayload(challenge, solution);
}

export interface LogLine {
  level: "error" | "warn" | "info";
  obj: object;
  msg?: string;
}

export function recordingLogger(lines: LogLine[]): Logger {
  return {
    error: (obj, msg) => lines.push({ level: "error", obj, msg }),
    warn: (obj, msg) => lines.push({ level: "warn", obj, msg }),
    info: (obj, msg) => lines.push({ level: "info", obj, msg }),
  };
}

const createCaller = createCallerFactory(appRouter);

/** A caller as one visitor: the given context options, plus the bot check (the server passes its own). */
export function visitor(db: Db, opts: Omit<CreateContextOptions, "db"> = {}, botCheck: BotCheck = testPow) {
  const ctx: Context & { botCheck: BotCheck } = { ...createContext({ db, ...opts }), botCheck };
  return { ctx, call: createCaller(ctx) };
}
