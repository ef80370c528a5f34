import { locales, placeholders } from "@abante/i18n";
import { describe, expect, it } from "vitest";
import { en } from "./en";
import { mailMessages } from "./index";

const referenceKeys = Object.keys(en).sort();

describe("mail catalogs", () => {
  it("has a catalog for every locale and nothing else", () => {
    expect(Object.keys(mailMessages).sort()).toEqual([...locales].sort());
  });

  describe.each(locales)("%s", (locale) => {
    const catalog: Record<string, unknown> = mailMessages[locale];

    it("has no key missing from the en reference", () => {
      expect(referenceKeys.filter((key) => !Object.hasOwn(catalog, key))).toEqual([]);
    });

    it("has no key the en reference lacks", () => {
      expect(Object.keys(catalog).filter((key) => !Object.hasOwn(en, key))).toEqual([]);
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
    // Punctuation-only messages ("{action}:") may match; sentences must not.
    for (const locale of locales.filter((l) => l !== "en")) {
      const catalog: Record<string, string> = mailMessages[locale];
      const same = referenceKeys.filter(
        (key) =>
          catalog[key] === en[key as keyof typeof en] &&
          /\p{L}{2}/u.test(en[key as keyof typeof en].replace(/\{\w+\}/g, "")),
      );
      expect(same, locale).toEqual([]);
    }
  });
});
