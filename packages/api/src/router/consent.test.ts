import { schema } from "@abante/db";
import { createTestDb, type TestDb } from "@abante/db/testing";
import { POLICY_VERSION } from "@abante/privacy";
import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type ConsentCookie, memoryConsentCookie } from "../context";
import { optInRequired } from "../services/marketing/consent";
import { visitor } from "../services/marketing/test-support";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t?.close());
beforeEach(async () => {
  await t.db.delete(schema.consentRecord);
});

let clock = new Date("2026-12-01T10:00:00Z");
const BANNER = "b4nn3r-sha256-9f2c1e";

/** A visitor's browser: keeps the consent cookie between requests. */
function browser(opts: { country?: string | null; gpc?: boolean; cookie?: ConsentCookie } = {}) {
  const consentCookie = opts.cookie ?? memoryConsentCookie();
  const call = () =>
    visitor(t.db, {
      now: () => clock,
      consentCookie,
      meta: { country: opts.country === undefined ? "ES" : opts.country, gpc: opts.gpc ?? false },
    }).call;
  return { cookie: consentCookie, call };
}

const records = () => t.db.select().from(schema.consentRecord).orderBy(schema.consentRecord.createdAt);

describe("P31 consent", () => {
  it("P31 a first visit has no decision: banner shown, nothing but necessary cookies allowed", async () => {
    const b = browser();
    const state = await b.call().consent.current();
    expect(state).toMatchObject({
      consent: null,
      askAgain: false,
      showBanner: true,
      effective: { necessary: true, preferences: false, analytics: false, marketing: false },
      gpc: false,
      optInRequired: true,
      country: "ES",
      policyVersion: POLICY_VERSION,
    });
    expect(b.cookie.get()).toBeNull();
  });

  it("P31 stores each decision as proof and sets the consent id cookie", async () => {
    const b = browser({ country: "BR" });
    const state = await b.call().consent.record({
      method: "accept_all",
      preferences: false,
      analytics: false,
      marketing: false,
      bannerVersion: BANNER,
    });
    const id = b.cookie.get();
    expect(id).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(state).toMatchObject({
      consent: { consentId: id, preferences: true, analytics: true, marketing: true, method: "accept_all" },
      showBanner: false,
      effective: { preferences: true, analytics: true, marketing: true },
    });
    const [row] = await records();
    expect(row).toMatchObject({
      consentId: id,
      preferences: true,
      analytics: true,
      marketing: true,
      method: "accept_all",
      bannerVersion: BANNER,
      policyVersion: POLICY_VERSION,
      country: "BR",
      gpc: false,
      createdAt: clock,
    });
    // No IP or user agent is part of the proof.
    expect(Object.keys(row!).sort()).toEqual(
      [
        "analytics",
        "bannerVersion",
        "consentId",
        "country",
        "createdAt",
        "gpc",
        "id",
        "marketing",
        "method",
        "policyVersion",
        "preferences",
      ].sort(),
    );

    // A later change is another record under the same id; the latest one counts.
    clock = new Date(clock.getTime() + 60_000);
    await b.call().consent.record({
      method: "custom",
      preferences: true,
      analytics: false,
      marketing: false,
      bannerVersion: BANNER,
    });
    const all = await records();
    expect(all.map((r) => [r.consentId, r.method, r.analytics])).toEqual([
      [id, "accept_all", true],
      [id, "custom", false],
    ]);
    expect((await b.call().consent.current()).effective).toEqual({
      necessary: true,
      preferences: true,
      analytics: false,
      marketing: false,
    });
  });

  it("P31 reject all is recorded with every category off", async () => {
    const b = browser();
    await b.call().consent.record({
      method: "reject_all",
      preferences: true,
      analytics: true,
      marketing: true,
      bannerVersion: BANNER,
    });
    expect((await records())[0]).toMatchObject({ preferences: false, analytics: false, marketing: false });
  });

  it("P31 withdrawal is a record with everything off", async () => {
    const b = browser();
    await b.call().consent.record({
      method: "accept_all",
      preferences: true,
      analytics: true,
      marketing: true,
      bannerVersion: BANNER,
    });
    const state = await b.call().consent.record({
      method: "withdraw",
      preferences: true,
      analytics: true,
      marketing: true,
      bannerVersion: BANNER,
    });
    expect(state.effective).toEqual({ necessary: true, preferences: false, analytics: false, marketing: false });
    const all = await records();
    expect(all.at(-1)).toMatchObject({ method: "withdraw", preferences: false, analytics: false, marketing: false });
    expect(new Set(all.map((r) => r.consentId)).size).toBe(1);
  });

  it("P31 Global Privacy Control refuses analytics and marketing whatever is clicked", async () => {
    const b = browser({ gpc: true, country: "US" });
    const state = await b.call().consent.record({
      method: "accept_all",
      preferences: true,
      analytics: true,
      marketing: true,
      bannerVersion: BANNER,
    });
    expect(state.gpc).toBe(true);
    expect(state.effective).toEqual({ necessary: true, preferences: true, analytics: false, marketing: false });
    expect((await records())[0]).toMatchObject({
      method: "accept_all",
      preferences: true,
      analytics: false,
      marketing: false,
      gpc: true,
      country: "US",
    });
  });

  it("P31 a decision taken on the GPC signal alone is recorded with method gpc", async () => {
    const b = browser({ gpc: true });
    await b.call().consent.record({ method: "gpc", bannerVersion: BANNER });
    expect((await records())[0]).toMatchObject({ method: "gpc", analytics: false, marketing: false, gpc: true });
    // Without the signal, "gpc" is not a method the visitor can claim.
    const plain = browser();
    await expect(plain.call().consent.record({ method: "gpc", bannerVersion: BANNER })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("P31 GPC also overrides an earlier acceptance", async () => {
    const cookie = memoryConsentCookie();
    await browser({ cookie }).call().consent.record({ method: "accept_all", bannerVersion: BANNER });
    const later = await browser({ cookie, gpc: true }).call().consent.current();
    expect(later.consent?.analytics).toBe(true);
    expect(later.effective).toMatchObject({ analytics: false, marketing: false, preferences: true });
  });

  it("P31 asks again after 12 months (fake clock)", async () => {
    const b = browser();
    clock = new Date("2027-01-31T12:00:00Z");
    await b.call().consent.record({ method: "accept_all", bannerVersion: BANNER });
    clock = new Date("2028-01-30T12:00:00Z");
    expect(await b.call().consent.current()).toMatchObject({ askAgain: false, showBanner: false });
    clock = new Date("2028-01-31T12:00:01Z");
    const stale = await b.call().consent.current();
    expect(stale).toMatchObject({ askAgain: true, showBanner: true });
    // An expired decision allows nothing until renewed.
    expect(stale.effective).toEqual({ necessary: true, preferences: false, analytics: false, marketing: false });
    await b.call().consent.record({ method: "reject_all", bannerVersion: BANNER });
    expect(await b.call().consent.current()).toMatchObject({ askAgain: false });
  });

  it("P31 asks again when the policy version changed", async () => {
    const b = browser();
    await b.call().consent.record({ method: "accept_all", bannerVersion: BANNER });
    await t.db
      .update(schema.consentRecord)
      .set({ policyVersion: "2001-01-01" })
      .where(eq(schema.consentRecord.consentId, b.cookie.get()!));
    const state = await b.call().consent.current();
    expect(state).toMatchObject({ askAgain: true, showBanner: true });
    expect(state.effective.analytics).toBe(false);
  });

  it("ignores a malformed consent cookie and issues a new id", async () => {
    const cookie = memoryConsentCookie("'; drop table x; --");
    const b = browser({ cookie });
    expect((await b.call().consent.current()).consent).toBeNull();
    await b.call().consent.record({ method: "reject_all", bannerVersion: BANNER });
    expect(cookie.get()).toMatch(/^[A-Za-z0-9_-]{24}$/);
  });

  it("validates the banner version", async () => {
    const b = browser();
    await expect(b.call().consent.record({ method: "reject_all", bannerVersion: "<x>" })).rejects.toBeInstanceOf(
      TRPCError,
    );
    expect(await records()).toHaveLength(0);
  });

  it("P31 requires an opt-in in the EU/EEA, UK, CH, BR and where the country is unknown", () => {
    for (const c of ["ES", "DE", "FR", "PT", "IE", "NO", "IS", "LI", "GB", "CH", "BR", null]) {
      expect(optInRequired(c), String(c)).toBe(true);
    }
    for (const c of ["US", "MX", "JP", "AU", "CA"]) expect(optInRequired(c), c).toBe(false);
  });
});
