import { describe, expect, it } from "vitest";
import {
  addDuration,
  CONSENT_CATEGORIES,
  consentRenewalCutoff,
  cookieMaxAgeSeconds,
  cookieNamed,
  cookieRegistry,
  cookies,
  dataCategories,
  dataCategoryKeys,
  dataMap,
  durationMs,
  findCookie,
  type LocalizedText,
  POLICY_VERSION,
  policyLocales,
  type Retention,
  registry,
  registryWith,
  requestLogCutoff,
  retention,
  retentionRuleKeys,
  retentionRuleParams,
  subprocessorSeedRow,
  subprocessors,
} from "./index";

function expectComplete(text: LocalizedText, where: string) {
  for (const locale of policyLocales) {
    expect(typeof text[locale], `${where} [${locale}]`).toBe("string");
    expect(text[locale].trim(), `${where} [${locale}]`).not.toBe("");
  }
  // A translation identical to English is an untranslated copy (names and the like are not LocalizedText).
  const copies = policyLocales.filter((l) => l !== "en" && text[l] === text.en);
  expect(copies, `${where}: copied from en`).toEqual([]);
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (s: string) => isoDate.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

describe("P32 cookie registry", () => {
  it("lists every cookie the platform sets, by the names the code uses", () => {
    const names = cookies.flatMap((c) => [c.name, ...c.otherNames]).sort();
    expect(names).toEqual(
      ["__Host-abante_session", "abante_session", "abante_consent", "abante_lang", "_ga", "_ga_<ID>"].sort(),
    );
  });

  it("gives every cookie a name, provider, category, lifetime and a purpose and condition in every language", () => {
    for (const c of cookies) {
      expect(c.name).toMatch(/^[A-Za-z0-9_<>-]+$/);
      expect(c.provider.trim()).not.toBe("");
      expect(CONSENT_CATEGORIES).toContain(c.category);
      expect(typeof c.firstParty).toBe("boolean");
      const durations = c.lifetime.kind === "fixed" ? [c.lifetime.duration] : [c.lifetime.idle, c.lifetime.max];
      for (const d of durations) {
        expect(Number.isInteger(d.amount) && d.amount > 0, `${c.name} lifetime`).toBe(true);
        expect(["hours", "days", "months", "years"]).toContain(d.unit);
      }
      expectComplete(c.purpose, `${c.name} purpose`);
      expectComplete(c.setWhen, `${c.name} setWhen`);
    }
  });

  it("has unique names", () => {
    const names = cookies.flatMap((c) => [c.name, ...c.otherNames]);
    expect(new Set(names).size).toBe(names.length);
  });

  it("P31 classes only our own session and consent cookies as necessary", () => {
    expect(cookies.filter((c) => c.category === "necessary").map((c) => c.name)).toEqual([
      "__Host-abante_session",
      "abante_consent",
    ]);
    expect(cookieNamed("abante_lang").category).toBe("preferences");
    expect(cookieNamed("_ga").category).toBe("analytics");
    expect(cookieNamed("_ga_<ID>").category).toBe("analytics");
  });

  it("P24 names every third party that reads a cookie in the sub-processor list", () => {
    for (const c of cookies.filter((c) => c.provider !== "Abante CRM")) {
      expect(c.subprocessor, c.name).toBeDefined();
      const listed = subprocessors.find((s) => s.id === c.subprocessor);
      expect(listed, c.name).toBeDefined();
      expect(c.provider).toContain(listed!.name.split(" ")[0]!);
    }
  });

  it("derives lifetimes from the retention settings: session 7 days idle / 90 max, consent 12 months", () => {
    const session = cookieNamed("abante_session");
    expect(session.lifetime).toEqual({
      kind: "sliding",
      idle: { amount: retention.sessionIdleDays, unit: "days" },
      max: { amount: retention.sessionMaxDays, unit: "days" },
    });
    expect(cookieNamed("abante_consent").lifetime).toEqual({
      kind: "fixed",
      duration: { amount: retention.consentMonths, unit: "months" },
    });
    const changed = cookieRegistry({ ...retention, consentMonths: 6 });
    expect(cookieNamed("abante_consent", changed).lifetime).toEqual({
      kind: "fixed",
      duration: { amount: 6, unit: "months" },
    });
  });

  it("finds a cookie by the name a browser shows, variable parts included", () => {
    expect(findCookie("__Host-abante_session")?.name).toBe("__Host-abante_session");
    expect(findCookie("abante_session")?.name).toBe("__Host-abante_session");
    expect(findCookie("_ga")?.name).toBe("_ga");
    expect(findCookie("_ga_2B7XYZ9Q1")?.name).toBe("_ga_<ID>");
    expect(findCookie("_ga_")).toBeUndefined();
    expect(findCookie("_gid")).toBeUndefined();
    expect(findCookie("x_ga")).toBeUndefined();
    expect(findCookie("abante_lang2")).toBeUndefined();
    expect(() => cookieNamed("_gid")).toThrow(/not in the registry/);
  });

  it("computes Max-Age from calendar months, as the policy states them", () => {
    const now = new Date("2026-01-31T12:00:00Z");
    // 12 months from 31 January 2026 is 31 January 2027: 365 days.
    expect(cookieMaxAgeSeconds(cookieNamed("abante_lang"), now)).toBe(365 * 24 * 3600);
    expect(cookieMaxAgeSeconds(cookieNamed("abante_session"), now)).toBe(retention.sessionMaxDays * 24 * 3600);
  });
});

describe("retention", () => {
  it("has only positive whole numbers", () => {
    const numbers: [string, number][] = Object.entries(retention).flatMap(([key, value]) =>
      typeof value === "number"
        ? [[key, value] as [string, number]]
        : Object.entries(value as Record<string, number>).map(([k, v]) => [`${key}.${k}`, v] as [string, number]),
    );
    expect(numbers.length).toBeGreaterThan(10);
    for (const [key, value] of numbers) expect(Number.isInteger(value) && value > 0, key).toBe(true);
  });

  it("states the periods the policy promises", () => {
    expect(retention).toMatchObject({
      requestLogMonths: 6, // P26
      sessionIdleDays: 7, // P27
      sessionMaxDays: 90, // P27
      consentMonths: 12, // P31
      oneTimeTokenHours: { verify: 24, reset: 1, changeEmail: 24, invite: 168 },
      cancelledTenantGraceDays: 14, // P28
      backupMonths: 6, // P29
      billingYearsDefault: 10, // P25
      dsrDeadlineDays: 30, // P18
    } satisfies Partial<Retention>);
    expect(retention.sessionIdleDays).toBeLessThan(retention.sessionMaxDays);
  });

  it("P26 request-log cutoff is 6 calendar months back", () => {
    expect(requestLogCutoff(new Date("2026-08-31T10:00:00Z")).toISOString()).toBe("2026-02-28T10:00:00.000Z");
    expect(requestLogCutoff(new Date("2026-07-15T00:00:00Z")).toISOString()).toBe("2026-01-15T00:00:00.000Z");
    expect(
      requestLogCutoff(new Date("2026-07-15T00:00:00Z"), { ...retention, requestLogMonths: 3 }).toISOString(),
    ).toBe("2026-04-15T00:00:00.000Z");
  });

  it("P31 consent older than 12 months is due for renewal", () => {
    expect(consentRenewalCutoff(new Date("2027-03-01T00:00:00Z")).toISOString()).toBe("2026-03-01T00:00:00.000Z");
  });

  it("adds calendar months and years, clamping to the end of shorter months", () => {
    const d = new Date("2024-02-29T08:30:00Z");
    expect(addDuration(d, { amount: 1, unit: "years" }).toISOString()).toBe("2025-02-28T08:30:00.000Z");
    expect(addDuration(new Date("2026-01-31T00:00:00Z"), { amount: 1, unit: "months" }).toISOString()).toBe(
      "2026-02-28T00:00:00.000Z",
    );
    expect(addDuration(new Date("2026-12-15T00:00:00Z"), { amount: 2, unit: "months" }).toISOString()).toBe(
      "2027-02-15T00:00:00.000Z",
    );
    expect(addDuration(d, { amount: 36, unit: "hours" }).toISOString()).toBe("2024-03-01T20:30:00.000Z");
    expect(durationMs({ amount: 7, unit: "days" })).toBe(7 * 86_400_000);
    expect(() => durationMs({ amount: 1, unit: "months" })).toThrow(RangeError);
  });

  it("gives every retention rule the periods its text names, taken from the settings", () => {
    for (const rule of retentionRuleKeys) {
      for (const d of Object.values(retentionRuleParams(rule, retention))) expect(d.amount).toBeGreaterThan(0);
    }
    expect(retentionRuleParams("requestLog", { ...retention, requestLogMonths: 7 })).toEqual({
      period: { amount: 7, unit: "months" },
    });
  });
});

describe("P24 sub-processor registry", () => {
  it("gives each one a name, service, purpose, data categories, location, DPA date and website", () => {
    expect(subprocessors.length).toBeGreaterThanOrEqual(4);
    for (const s of subprocessors) {
      expect(s.id).toMatch(/^[a-z0-9-]+$/);
      expect(s.name.trim()).not.toBe("");
      expect(s.service.trim()).not.toBe("");
      expectComplete(s.purpose, `${s.id} purpose`);
      if (s.usedWhen) expectComplete(s.usedWhen, `${s.id} usedWhen`);
      if (s.transferSafeguard) expectComplete(s.transferSafeguard, `${s.id} transferSafeguard`);
      expect(s.dataCategories.length).toBeGreaterThan(0);
      for (const c of s.dataCategories) expect(dataCategoryKeys).toContain(c);
      expect(s.countries.length).toBeGreaterThan(0);
      for (const c of s.countries) expect(new Intl.DisplayNames(["en"], { type: "region" }).of(c)).not.toBe(c);
      expect(validDate(s.dpaDate), s.dpaDate).toBe(true);
      expect(s.dpaDate <= POLICY_VERSION, `${s.id}: DPA after the policy date`).toBe(true);
      expect(new URL(s.website).protocol).toBe("https:");
    }
  });

  it("names a transfer safeguard for every provider processing outside the EEA", () => {
    const eea = new Set(
      "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO".split(" "),
    );
    for (const s of subprocessors) {
      if (s.countries.some((c) => !eea.has(c))) expect(s.transferSafeguard, s.id).toBeDefined();
    }
  });

  it("names exactly one hosting provider", () => {
    expect(subprocessors.filter((s) => s.role === "hosting").map((s) => s.id)).toEqual(["hetzner"]);
  });

  it("has unique ids and names", () => {
    expect(new Set(subprocessors.map((s) => s.id)).size).toBe(subprocessors.length);
    expect(new Set(subprocessors.map((s) => s.name)).size).toBe(subprocessors.length);
  });

  it("gives the seed row for the subprocessor table", () => {
    const row = subprocessorSeedRow(subprocessors[0]!);
    expect(row).toMatchObject({ name: "Hetzner Online GmbH", location: "Germany, Finland", dpaSignedAt: "2026-03-02" });
    expect(row.purpose).toBe(subprocessors[0]!.purpose.en);
  });
});

describe("texts", () => {
  it("labels every data category and data-map entry in every language", () => {
    for (const [key, text] of Object.entries(dataCategories)) expectComplete(text, key);
    for (const entry of dataMap) expectComplete(entry.label, entry.table);
  });

  it("has a policy version that is a date", () => {
    expect(validDate(POLICY_VERSION)).toBe(true);
  });
});

describe("registryWith", () => {
  it("derives cookie lifetimes from overridden retention settings", () => {
    const r = registryWith({ retention: { ...retention, sessionIdleDays: 3 } });
    const session = cookieNamed("abante_session", r.cookies);
    expect(session.lifetime.kind === "sliding" && session.lifetime.idle.amount).toBe(3);
    expect(registry.retention.sessionIdleDays).toBe(7);
  });
});
