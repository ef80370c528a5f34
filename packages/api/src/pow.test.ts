import { schema } from "@abante/db";
import { createTestDb, type TestDb } from "@abante/db/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPow, createRecaptchaCheck, POW_TTL_MS } from "./pow";
import { solvedProof, testPow } from "./services/marketing/test-support";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t?.close());
beforeEach(async () => {
  await t.db.delete(schema.usedChallenge);
});

const at = () => ({ now: new Date(), ip: "203.0.113.5" });

describe("P7 proof of work (ALTCHA)", () => {
  it("P7 accepts a solved challenge once and refuses its replay", async () => {
    const proof = await solvedProof();
    expect(await testPow.verify(t.db, proof, at())).toEqual({ ok: true, kind: "altcha" });
    expect(await testPow.verify(t.db, proof, at())).toEqual({ ok: false, kind: "altcha", reason: "replayed" });
  });

  it("P7 keeps only the challenge's signature and expiry, never the solution", async () => {
    const proof = await solvedProof();
    await testPow.verify(t.db, proof, at());
    const stored = await t.db.select().from(schema.usedChallenge);
    expect(stored).toHaveLength(1);
    const decoded = JSON.parse(Buffer.from(proof, "base64").toString()) as {
      challenge: { signature: string; parameters: { expiresAt: number } };
      solution: { derivedKey: string };
    };
    expect(stored[0]).toEqual({
      signature: decoded.challenge.signature,
      expiresAt: new Date(decoded.challenge.parameters.expiresAt * 1000),
    });
    expect(JSON.stringify(stored)).not.toContain(decoded.solution.derivedKey);
  });

  it("P7 refuses a missing, malformed, tampered or wrongly solved proof", async () => {
    expect(await testPow.verify(t.db, undefined, at())).toMatchObject({ ok: false, reason: "missing" });
    expect(await testPow.verify(t.db, "", at())).toMatchObject({ ok: false, reason: "missing" });
    expect(await testPow.verify(t.db, "bm90IGpzb24=", at())).toMatchObject({ ok: false, reason: "invalid" });
    expect(await testPow.verify(t.db, "x".repeat(5000), at())).toMatchObject({ ok: false, reason: "invalid" });

    const decode = (p: string) => JSON.parse(Buffer.from(p, "base64").toString());
    const encode = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64");
    // The proof is the derived key, which only solving finds.
    const wrongKey = decode(await solvedProof());
    const key: string = wrongKey.solution.derivedKey;
    wrongKey.solution.derivedKey = `${key.slice(0, -1)}${key.endsWith("0") ? "1" : "0"}`;
    expect(await testPow.verify(t.db, encode(wrongKey), at())).toMatchObject({ ok: false, reason: "invalid" });
    // Lowering the cost in the signed parameters breaks the signature.
    const cheaper = decode(await solvedProof());
    cheaper.challenge.parameters.cost = 1;
    expect(await testPow.verify(t.db, encode(cheaper), at())).toMatchObject({ ok: false, reason: "invalid" });
    // A challenge signed with another key (another site) is not ours.
    const foreign = createPow({ hmacKey: "someone-elses-key-0123456789abcdef", cost: 2, maxCounter: 8 });
    expect(await testPow.verify(t.db, await solvedProof(foreign), at())).toMatchObject({
      ok: false,
      reason: "invalid",
    });
    expect(await t.db.select().from(schema.usedChallenge)).toHaveLength(0);
  });

  it("P7 challenges expire after 10 minutes", async () => {
    const issued = new Date(Date.now() - POW_TTL_MS - 1000);
    const proof = await solvedProof(testPow, issued);
    expect(await testPow.verify(t.db, proof, at())).toMatchObject({ ok: false, reason: "expired" });
    // Still valid just before the deadline.
    const fresh = await solvedProof(testPow, new Date(Date.now() - POW_TTL_MS + 60_000));
    expect(await testPow.verify(t.db, fresh, at())).toMatchObject({ ok: true });
  });

  it("issues signed PBKDF2 challenges with a bounded counter", async () => {
    const pow = createPow({ hmacKey: "k".repeat(32) });
    const c = await pow.challenge(new Date("2030-01-01T00:00:00Z"));
    expect(c.parameters).toMatchObject({ algorithm: "PBKDF2/SHA-256", cost: 1000, expiresAt: 1893456600 });
    expect(c.signature).toMatch(/^[0-9a-f]{64}$/);
    expect(c.parameters.keySignature).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("P7 reCAPTCHA verifier (score only)", () => {
  function fakeGoogle(body: unknown, status = 200) {
    const calls: Array<{ url: string; body: string }> = [];
    const fetch = (async (url: string, init: RequestInit) => {
      calls.push({ url, body: String(init.body) });
      return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
    }) as unknown as typeof globalThis.fetch;
    return { fetch, calls };
  }

  it("P7 accepts scores at or above the threshold and refuses lower ones", async () => {
    const good = fakeGoogle({ success: true, score: 0.7, action: "contact" });
    const check = createRecaptchaCheck({ secret: "s3cret", minScore: 0.7, action: "contact", fetch: good.fetch });
    expect(await check.verify(t.db, "token-1", at())).toEqual({ ok: true, kind: "recaptcha", score: 0.7 });
    expect(good.calls[0]?.url).toBe("https://www.google.com/recaptcha/api/siteverify");
    const sent = new URLSearchParams(good.calls[0]?.body);
    expect(sent.get("secret")).toBe("s3cret");
    expect(sent.get("response")).toBe("token-1");
    // The visitor's IP is not sent to Google.
    expect(sent.has("remoteip")).toBe(false);

    const low = fakeGoogle({ success: true, score: 0.69, action: "contact" });
    expect(
      await createRecaptchaCheck({ secret: "s3cret", minScore: 0.7, fetch: low.fetch }).verify(t.db, "token-2", at()),
    ).toEqual({ ok: false, kind: "recaptcha", reason: "low_score", score: 0.69 });
  });

  it("refuses failed, mismatched, missing and unreachable verifications", async () => {
    const failed = fakeGoogle({ success: false, "error-codes": ["timeout-or-duplicate"] });
    expect(await createRecaptchaCheck({ secret: "s", fetch: failed.fetch }).verify(t.db, "t", at())).toMatchObject({
      ok: false,
      reason: "invalid",
    });
    const otherAction = fakeGoogle({ success: true, score: 0.9, action: "login" });
    expect(
      await createRecaptchaCheck({ secret: "s", action: "contact", fetch: otherAction.fetch }).verify(t.db, "t", at()),
    ).toMatchObject({ ok: false, reason: "invalid" });
    const none = fakeGoogle({});
    expect(await createRecaptchaCheck({ secret: "s", fetch: none.fetch }).verify(t.db, "", at())).toMatchObject({
      ok: false,
      reason: "missing",
    });
    expect(none.calls).toHaveLength(0);
    const down = fakeGoogle({}, 503);
    expect(await createRecaptchaCheck({ secret: "s", fetch: down.fetch }).verify(t.db, "t", at())).toMatchObject({
      ok: false,
      reason: "unavailable",
    });
    const offline = (async () => {
      throw new TypeError("fetch failed");
    }) as unknown as typeof fetch;
    expect(await createRecaptchaCheck({ secret: "s", fetch: offline }).verify(t.db, "t", at())).toMatchObject({
      ok: false,
      reason: "unavailable",
    });
  });
});
