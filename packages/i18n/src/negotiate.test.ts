import { describe, expect, it } from "vitest";
import { locales } from "./locales";
import { matchAcceptLanguage, negotiateLocale, parseAcceptLanguage } from "./negotiate";

describe("parseAcceptLanguage", () => {
  it("reads tags and q-values, sorted by quality, header order kept on ties", () => {
    expect(parseAcceptLanguage("fr;q=0.5, de-CH, en;q=0.5, es-AR;q=0.9")).toEqual([
      { tag: "de-ch", q: 1 },
      { tag: "es-ar", q: 0.9 },
      { tag: "fr", q: 0.5 },
      { tag: "en", q: 0.5 },
    ]);
  });

  it("accepts the browsers' usual spellings", () => {
    expect(parseAcceptLanguage("pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7")).toEqual([
      { tag: "pt-br", q: 1 },
      { tag: "pt", q: 0.9 },
      { tag: "en-us", q: 0.8 },
      { tag: "en", q: 0.7 },
    ]);
    expect(parseAcceptLanguage("  es-ES ; Q=0.8 ,*;q=0.1")).toEqual([
      { tag: "es-es", q: 0.8 },
      { tag: "*", q: 0.1 },
    ]);
    expect(parseAcceptLanguage("pt_BR")).toEqual([{ tag: "pt-br", q: 1 }]);
    expect(parseAcceptLanguage("zh-Hant-TW;q=1.000")).toEqual([{ tag: "zh-hant-tw", q: 1 }]);
  });

  it("keeps q=0 entries (they refuse a language)", () => {
    expect(parseAcceptLanguage("en;q=0, de;q=0.000")).toEqual([
      { tag: "en", q: 0 },
      { tag: "de", q: 0 },
    ]);
  });

  it("drops malformed entries instead of guessing", () => {
    expect(
      parseAcceptLanguage("en;q=2, fr;q=-1, de;q=abc, es;q=0.1234, x y, 123, ;q=0.5, , toolongtag, pt;q=1.5, it"),
    ).toEqual([{ tag: "it", q: 1 }]);
  });

  it("returns nothing for empty or missing headers", () => {
    expect(parseAcceptLanguage("")).toEqual([]);
    expect(parseAcceptLanguage(null)).toEqual([]);
    expect(parseAcceptLanguage(undefined)).toEqual([]);
    expect(parseAcceptLanguage(",,,;;;===")).toEqual([]);
  });

  it("bounds the work a huge header can cause", () => {
    const huge = Array.from({ length: 10_000 }, (_, i) => `x${String.fromCharCode(97 + (i % 26))};q=0.5`).join(",");
    expect(parseAcceptLanguage(huge).length).toBeLessThanOrEqual(32);
  });
});

describe("matchAcceptLanguage", () => {
  it("matches an exact tag", () => {
    expect(matchAcceptLanguage("pt-BR")).toBe("pt-BR");
    expect(matchAcceptLanguage("de")).toBe("de");
  });

  it("falls back from a regional tag to its language", () => {
    expect(matchAcceptLanguage("es-AR")).toBe("es");
    expect(matchAcceptLanguage("es-419")).toBe("es");
    expect(matchAcceptLanguage("fr-CA")).toBe("fr");
    expect(matchAcceptLanguage("de-AT")).toBe("de");
    expect(matchAcceptLanguage("en-GB")).toBe("en");
  });

  it("serves pt-BR to every Portuguese speaker: it is our only Portuguese", () => {
    expect(matchAcceptLanguage("pt-PT")).toBe("pt-BR");
    expect(matchAcceptLanguage("pt")).toBe("pt-BR");
    expect(matchAcceptLanguage("pt", "BR")).toBe("pt-BR");
    expect(matchAcceptLanguage("pt", "PT")).toBe("pt-BR");
  });

  it("follows quality, not position", () => {
    expect(matchAcceptLanguage("en;q=0.5, de;q=0.8")).toBe("de");
    expect(matchAcceptLanguage("it, fr;q=0.3, es;q=0.7")).toBe("es");
  });

  it("skips languages we do not serve", () => {
    expect(matchAcceptLanguage("ja, zh-CN;q=0.9, fr;q=0.8")).toBe("fr");
    expect(matchAcceptLanguage("ja, zh-CN;q=0.9")).toBeUndefined();
  });

  it("keeps the header order between different languages of equal quality, whatever the country", () => {
    expect(matchAcceptLanguage("es, pt", "BR")).toBe("es");
    expect(matchAcceptLanguage("de-DE, de, en", "US")).toBe("de");
  });

  it("treats q=0 as a refusal", () => {
    expect(matchAcceptLanguage("en;q=0")).toBeUndefined();
    expect(matchAcceptLanguage("en;q=0, de;q=0.1")).toBe("de");
    expect(matchAcceptLanguage("*, en;q=0")).toBe("es");
    expect(matchAcceptLanguage("pt-PT, pt;q=0")).toBeUndefined();
  });

  it("reads a wildcard as 'anything', after the explicit ranges", () => {
    expect(matchAcceptLanguage("*")).toBe("en");
    expect(matchAcceptLanguage("*, fr")).toBe("fr");
    expect(matchAcceptLanguage("ja, *;q=0.5")).toBe("en");
    expect(matchAcceptLanguage("*;q=0")).toBeUndefined();
  });

  it("lets the country break a wildcard's tie", () => {
    expect(matchAcceptLanguage("*", "BR")).toBe("pt-BR");
    expect(matchAcceptLanguage("*", "mx")).toBe("es");
    expect(matchAcceptLanguage("*", "AT")).toBe("de");
    expect(matchAcceptLanguage("*", "FR")).toBe("fr");
    expect(matchAcceptLanguage("*", "JP")).toBe("en");
  });

  it("ignores a junk country", () => {
    expect(matchAcceptLanguage("*", "XX")).toBe("en");
    expect(matchAcceptLanguage("*", "T1")).toBe("en");
    expect(matchAcceptLanguage("*", "")).toBe("en");
    expect(matchAcceptLanguage("*", "BRA")).toBe("en");
  });

  it("ignores junk headers", () => {
    for (const junk of ["", ";", "q=1", "😀", "en-", "-en", "<script>", "\u0000de", "de;q=", "de;q"]) {
      expect(matchAcceptLanguage(junk), JSON.stringify(junk)).toBeUndefined();
    }
  });
});

describe("negotiateLocale", () => {
  it("P4 detects the browser language and serves the matching language", () => {
    expect(negotiateLocale({ acceptLanguage: "es-AR,es;q=0.9" })).toBe("es");
    expect(negotiateLocale({ acceptLanguage: "pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7" })).toBe("pt-BR");
    expect(negotiateLocale({ acceptLanguage: "fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7" })).toBe("fr");
    expect(negotiateLocale({ acceptLanguage: "de-DE,de;q=0.9,en;q=0.8" })).toBe("de");
    expect(negotiateLocale({ acceptLanguage: "en-US,en;q=0.9" })).toBe("en");
    expect(negotiateLocale({ acceptLanguage: "ja-JP,ja;q=0.9,es;q=0.5" })).toBe("es");
  });

  it("P4 uses the visitor's country to break a tie between variants of the browser language", () => {
    expect(negotiateLocale({ acceptLanguage: "pt", country: "BR" })).toBe("pt-BR");
    expect(negotiateLocale({ acceptLanguage: "*", country: "BR" })).toBe("pt-BR");
  });

  it("P4 an explicit choice always wins: the preference cookie beats the URL and the browser", () => {
    expect(negotiateLocale({ cookie: "de", urlLocale: "es", acceptLanguage: "fr", country: "BR" })).toBe("de");
    expect(negotiateLocale({ cookie: "pt-BR", acceptLanguage: "en-US,en;q=0.9" })).toBe("pt-BR");
    for (const chosen of locales) {
      for (const browser of locales) {
        expect(negotiateLocale({ cookie: chosen, acceptLanguage: browser, country: "US" })).toBe(chosen);
      }
    }
  });

  it("P4 the URL locale beats the browser language", () => {
    expect(negotiateLocale({ urlLocale: "pt-br", acceptLanguage: "de" })).toBe("pt-BR");
    expect(negotiateLocale({ urlLocale: "fr", acceptLanguage: "es-AR,es;q=0.9" })).toBe("fr");
  });

  it("ignores an invalid cookie or URL locale and falls through to the next rule", () => {
    expect(negotiateLocale({ cookie: "klingon", urlLocale: "es", acceptLanguage: "de" })).toBe("es");
    expect(negotiateLocale({ cookie: "", urlLocale: "app", acceptLanguage: "de" })).toBe("de");
    expect(negotiateLocale({ cookie: "pt", acceptLanguage: "fr" })).toBe("fr");
  });

  it("defaults to en", () => {
    expect(negotiateLocale({})).toBe("en");
    expect(negotiateLocale({ cookie: null, urlLocale: null, acceptLanguage: null, country: null })).toBe("en");
    expect(negotiateLocale({ acceptLanguage: "ja, zh;q=0.8" })).toBe("en");
    expect(negotiateLocale({ acceptLanguage: "garbage;;;q=x" })).toBe("en");
  });
});
