import { describe, expect, it } from "vitest";
import { ARGON2_PARAMS, hashPassword, passwordProblems, verifyPassword } from "./passwords";

/** The PHC string format of argon2: `$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>` (unpadded base64). */
function parsePhc(phc: string) {
  const m = /^\$(argon2(?:id|i|d))\$v=(\d+)\$m=(\d+),t=(\d+),p=(\d+)\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/.exec(phc);
  if (!m) throw new Error(`not a PHC argon2 string: ${phc}`);
  return {
    algorithm: m[1],
    version: Number(m[2]),
    memoryCost: Number(m[3]),
    timeCost: Number(m[4]),
    parallelism: Number(m[5]),
    saltBytes: Buffer.from(m[6]!, "base64").length,
    hashBytes: Buffer.from(m[7]!, "base64").length,
  };
}

describe("P23 password hashing", () => {
  it("P23 passwords are stored as argon2id with m=19456, t=2, p=1, salted", async () => {
    const password = "correct horse battery staple";
    const stored = await hashPassword(password);
    expect(parsePhc(stored)).toEqual({
      algorithm: "argon2id",
      version: 19,
      memoryCost: 19456,
      timeCost: 2,
      parallelism: 1,
      saltBytes: 16,
      hashBytes: 32,
    });
    expect(ARGON2_PARAMS).toMatchObject({ memoryCost: 19456, timeCost: 2, parallelism: 1 });
    expect(stored).not.toContain(password);
    // A random salt per hash: the same password never gives the same string twice.
    expect(await hashPassword(password)).not.toBe(stored);
  });

  it("P23 verifyPassword accepts the password and nothing else", async () => {
    const stored = await hashPassword("correct horse battery staple");
    expect(await verifyPassword(stored, "correct horse battery staple")).toBe(true);
    expect(await verifyPassword(stored, "correct horse battery stapl")).toBe(false);
    expect(await verifyPassword(stored, "Correct horse battery staple")).toBe(false);
    expect(await verifyPassword(stored, "")).toBe(false);
  });

  it("verifyPassword answers false, never throws, for a malformed hash", async () => {
    const stored = await hashPassword("correct horse battery staple");
    for (const bad of [
      "",
      "not a hash",
      "$argon2id$",
      stored.slice(0, -5),
      stored.replace("m=19456", "m=x"),
      "$2b$10$abc",
    ]) {
      await expect(verifyPassword(bad, "correct horse battery staple")).resolves.toBe(false);
    }
  });
});

describe("passwordProblems", () => {
  const user = ["Ada Lovelace", "ada.lovelace@analytical.example", "Analytical Engines"];

  it("refuses passwords from the common-password list, in any case", async () => {
    for (const common of ["password1234", "qwertyuiop123", "PASSWORD1234", "QwertyUiop123"]) {
      const problems = await passwordProblems(common, user);
      expect(problems, common).toContain("This is one of the most common passwords. Choose another one.");
    }
  });

  it("refuses guessable passwords that zxcvbn scores below 2", async () => {
    for (const weak of ["aaaaaaaaaaaa", "abcdefghijklmn", "123456789012", "qazwsxedcrfvtgb"]) {
      expect(await passwordProblems(weak, user), weak).not.toEqual([]);
    }
  });

  it("refuses a password that is the user's own email, name or company", async () => {
    for (const own of ["ada.lovelace@analytical.example", "Ada Lovelace", "AdaLovelace2024", "AnalyticalEngines!"]) {
      const problems = await passwordProblems(own, user);
      expect(problems, own).toEqual([
        "This password is too easy to guess. Add more words, and avoid your name, email address or company name.",
      ]);
    }
    // Without those inputs the same strings pass: the refusal comes from knowing the user.
    expect(await passwordProblems("ada.lovelace@analytical.example")).toEqual([]);
    expect(await passwordProblems("AdaLovelace2024")).toEqual([]);
  });

  it("accepts a long random passphrase", async () => {
    expect(await passwordProblems("velvet harbor quantum pickle lantern", user)).toEqual([]);
    expect(await passwordProblems("gT7#qLm2$vXa9!", user)).toEqual([]);
  });

  it("requires 12 to 128 characters", async () => {
    const strong = "vQ8#mZt2!pLr9xK$wN4^bHc7&yFd3@sJ6*gUe5%aTq1";
    expect(await passwordProblems(strong.slice(0, 11), user)).toContain("Use at least 12 characters.");
    expect(await passwordProblems(strong.slice(0, 12), user)).toEqual([]);
    const long = strong.repeat(3).slice(0, 128);
    expect(await passwordProblems(long, user)).toEqual([]);
    expect(await passwordProblems(`${long}x`, user)).toEqual(["Use at most 128 characters."]);
    expect(await passwordProblems("", user)).toEqual(["Use at least 12 characters."]);
    // Characters, not UTF-16 units: 12 emoji are 12 characters.
    expect(await passwordProblems("🦊🐙🌵🎻🚲🧩🪁🦉🍋🛶🧲🪐", user)).not.toContain("Use at least 12 characters.");
  });
});
