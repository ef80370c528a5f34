// P23: passwords are hashed with argon2id; weak and common passwords are refused at the door.
import { type Algorithm, hash, verify } from "@node-rs/argon2";
import type { ZxcvbnFactory } from "@zxcvbn-ts/core";

/**
 * `Algorithm` is an ambient const enum, which `verbatimModuleSyntax` cannot read at run time; Argon2id is 2 there
 * (the P23 test reads the algorithm back from a stored hash).
 */
const ARGON2ID = 2 as Algorithm.Argon2id;

/** OWASP's argon2id minimum (m = 19 MiB, t = 2, p = 1): about 7 ms a hash here, on the libuv pool (async). */
export const ARGON2_PARAMS = {
  algorithm: ARGON2ID,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
} as const;

export const PASSWORD_MIN_LENGTH = 12;
/** The cap keeps hashing cost bounded whatever a client sends. */
export const PASSWORD_MAX_LENGTH = 128;
/** zxcvbn scores 0–4; below 2 a password falls to an online or slow offline attack. */
const MIN_SCORE = 2;

/** A PHC string (`$argon2id$v=19$m=19456,t=2,p=1$salt$hash`). */
export async function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_PARAMS);
}

/** Whether `password` matches `hash`; false (never a throw) when the stored hash is malformed. */
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  if (typeof hash !== "string" || !hash.startsWith("$argon2")) return false;
  try {
    return await verify(hash, password);
  } catch {
    return false;
  }
}

interface Checker {
  zxcvbn: ZxcvbnFactory;
  common: Set<string>;
}
let checker: Promise<Checker> | undefined;

/** The dictionaries weigh a few MB: loaded on first use, once per process. */
function loadChecker(): Promise<Checker> {
  checker ??= (async () => {
    const [{ ZxcvbnFactory }, language] = await Promise.all([
      import("@zxcvbn-ts/core"),
      import("@zxcvbn-ts/language-common"),
    ]);
    return {
      zxcvbn: new ZxcvbnFactory({ dictionary: { ...language.dictionary }, graphs: language.adjacencyGraphs }),
      common: new Set(language.dictionary["passwords-common"].map((p) => p.toLowerCase())),
    };
  })();
  checker.catch(() => {
    checker = undefined;
  });
  return checker;
}

/**
 * Each input whole, plus its words and e-mail parts, alone and run together: "Ada Lovelace" also gives "ada",
 * "lovelace" and "adalovelace", so that "AdaLovelace2024" is recognised as the user's name.
 */
function expandUserInputs(inputs: readonly (string | null | undefined)[]): string[] {
  const out = new Set<string>();
  for (const input of inputs) {
    const value = input?.trim().toLowerCase();
    if (!value) continue;
    out.add(value);
    const parts = value.split(/[^\p{L}\p{N}]+/u).filter((part) => part.length >= 3);
    for (const part of parts) out.add(part);
    out.add(parts.join(""));
  }
  return [...out];
}

/**
 * Reasons the password is not acceptable, as user-facing sentences; empty when it is fine. Checks the length
 * (12–128 characters), the shipped list of common passwords (case-insensitive), and the zxcvbn strength score given
 * what the site knows about the user (name, e-mail, company), which must be at least 2.
 */
export async function passwordProblems(password: string, userInputs: string[] = []): Promise<string[]> {
  const length = [...password].length;
  if (length > PASSWORD_MAX_LENGTH) return [`Use at most ${PASSWORD_MAX_LENGTH} characters.`];
  const problems: string[] = [];
  if (length < PASSWORD_MIN_LENGTH) problems.push(`Use at least ${PASSWORD_MIN_LENGTH} characters.`);
  if (length === 0) return problems;

  const { zxcvbn, common } = await loadChecker();
  if (common.has(password.toLowerCase())) {
    problems.push("This is one of the most common passwords. Choose another one.");
  } else if (zxcvbn.check(password, expandUserInputs(userInputs)).score < MIN_SCORE) {
    problems.push(
      "This password is too easy to guess. Add more words, and avoid your name, email address or company name.",
    );
  }
  return problems;
}
