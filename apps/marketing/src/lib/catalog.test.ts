// P24 P26 P32: a period written into a message by hand could drift from the code. Every period the site states must
// come from the registry through a placeholder; these tests fail on a hard-coded one.
import { locales, messages, placeholders } from "@abante/i18n";
import { policyLocales, registry, retentionRuleKeys, retentionRuleParams } from "@abante/privacy";
import { describe, expect, it } from "vitest";
import { policyParams, promiseBodyKey, promiseGroups, promiseTitleKey, retentionMessage } from "./legal";

const units = [
  "seconds?|minutes?|hours?|days?|weeks?|months?|years?",
  "segundos?|minutos?|horas?|d[ií]as?|semanas?|mes|meses|años?",
  "dias?|mês|anos?",
  "heures?|jours?|semaines?|mois|ans|années?",
  "Sekunden?|Minuten?|Stunden?|Tage?n?|Wochen?|Monate?n?|Jahre?n?",
].join("|");
const numberWithUnit = new RegExp(`\\d+(?:[\\s\\u00a0-])*(?:${units})(?![\\p{L}])`, "iu");
const spelledOut =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirty|ninety)[\s-]+(?:hours?|days?|weeks?|months?|years?)\b/i;
/** The messages of the legal and security pages may not contain numbers at all (P26 is a label, not a number). */
const legalPrefixes = ["privacy.", "cookies.", "subprocessors.", "security.", "retention.", "legal.", "requests."];
const standaloneNumber = /(?<![\p{L}\p{N}_{])\p{N}+(?![\p{L}\p{N}_}])/u;

describe("P26 P32 no hard-coded periods in the site's texts", () => {
  it.each(locales)("%s: no message states a period with a number", (locale) => {
    const offending = Object.entries(messages[locale]).filter(
      ([, text]) => numberWithUnit.test(text) || spelledOut.test(text),
    );
    expect(offending).toEqual([]);
  });

  it.each(locales)("%s: legal and security messages contain no numbers at all", (locale) => {
    const offending = Object.entries(messages[locale]).filter(
      ([key, text]) => legalPrefixes.some((p) => key.startsWith(p)) && standaloneNumber.test(text),
    );
    expect(offending).toEqual([]);
  });

  it("the check would catch one (the test can fail)", () => {
    expect(numberWithUnit.test("deleted after 6 months")).toBe(true);
    expect(numberWithUnit.test("nach 6 Monaten gelöscht")).toBe(true);
    expect(numberWithUnit.test("au bout de 6 mois")).toBe(true);
    expect(numberWithUnit.test("después de 30 días")).toBe(true);
    expect(numberWithUnit.test("24-hour link")).toBe(true);
    expect(spelledOut.test("kept for six months")).toBe(true);
    expect(standaloneNumber.test("within 30 days")).toBe(true);
    expect(standaloneNumber.test("such as P26, hashed with argon2id, {k} visitors")).toBe(false);
  });
});

describe("the policy texts receive every period they name", () => {
  const en: Record<string, string> = messages.en;

  it("P26 each retention rule's message uses exactly the periods the rule defines", () => {
    for (const rule of retentionRuleKeys) {
      const expected = Object.keys(retentionRuleParams(rule, registry.retention)).sort();
      expect(placeholders(en[retentionMessage[rule]]!).sort(), rule).toEqual(expected);
    }
  });

  it("every placeholder of a promise or legal message is filled from the registry", () => {
    const provided = Object.keys(policyParams(registry, "en"));
    const keys = [
      ...promiseGroups.flatMap((g) => g.promises.map(promiseBodyKey)),
      "cookies.consent.proof",
      "security.sessions.body",
      "security.backups.body",
      "requests.how.deadline",
      "pricing.faq.cancel.a",
    ];
    for (const key of keys) {
      for (const name of placeholders(en[key]!)) expect(provided, `${key} {${name}}`).toContain(name);
    }
  });

  it("explains all thirty-two promises, each once, in order", () => {
    const numbers = promiseGroups.flatMap((g) => g.promises);
    expect(numbers).toEqual(Array.from({ length: 32 }, (_, i) => i + 1));
    for (const n of numbers) {
      expect(en[promiseTitleKey(n)], `P${n}`).toBeTruthy();
      expect(en[promiseBodyKey(n)], `P${n}`).toBeTruthy();
    }
  });

  it("the registry's texts exist in exactly the site's languages", () => {
    expect([...policyLocales]).toEqual([...locales]);
  });
});
