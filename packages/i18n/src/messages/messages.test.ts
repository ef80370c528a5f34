import { describe, expect, it } from "vitest";
import { locales } from "../locales";
import { placeholders } from "../translate";
import { en } from "./en";
import { messages } from "./index";

const referenceKeys = Object.keys(en).sort();

describe("message catalogs", () => {
  it("has a catalog for every locale and nothing else", () => {
    expect(Object.keys(messages).sort()).toEqual([...locales].sort());
  });

  it("uses dotted keys", () => {
    for (const key of referenceKeys) expect(key).toMatch(/^[a-z][a-zA-Z0-9]*(\.[a-z][a-zA-Z0-9]*)+$/);
  });

  describe.each(locales)("%s", (locale) => {
    const catalog: Record<string, unknown> = messages[locale];

    it("has no key missing from the en reference", () => {
      const missing = referenceKeys.filter((key) => !Object.hasOwn(catalog, key));
      expect(missing).toEqual([]);
    });

    it("has no key the en reference lacks", () => {
      const extra = Object.keys(catalog).filter((key) => !Object.hasOwn(en, key));
      expect(extra).toEqual([]);
    });

    it("has no empty or blank message", () => {
      const empty = Object.entries(catalog)
        .filter(([, value]) => typeof value !== "string" || value.trim() === "")
        .map(([key]) => key);
      expect(empty).toEqual([]);
    });

    it("uses the same {placeholders} as en in every message", () => {
      const mismatched = referenceKeys.filter(
        (key) =>
          placeholders(String(catalog[key])).sort().join() !==
          placeholders(en[key as keyof typeof en])
            .sort()
            .join(),
      );
      expect(mismatched).toEqual([]);
    });
  });

  it("translates: no other catalog is a copy of en", () => {
    // Brand names and the like may match, but a catalog mostly equal to en is an untranslated copy.
    for (const locale of locales.filter((l) => l !== "en")) {
      const catalog: Record<string, string> = messages[locale];
      const same = referenceKeys.filter((key) => catalog[key] === en[key as keyof typeof en]);
      expect(same.length, `${locale}: ${same.join(", ")}`).toBeLessThan(referenceKeys.length / 4);
    }
  });
});
