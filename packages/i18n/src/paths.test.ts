import { describe, expect, it } from "vitest";
import { locales, localeToPath, parseLocale, pathToLocale } from "./locales";
import { localeFromPathname, localizePath, switchLocalePath } from "./paths";

describe("locale paths", () => {
  it("maps each locale to a lower-case path segment and back", () => {
    expect(locales.map(localeToPath)).toEqual(["en", "es", "pt-br", "fr", "de"]);
    for (const locale of locales) expect(pathToLocale(localeToPath(locale))).toBe(locale);
  });

  it("knows no other path segment", () => {
    expect(pathToLocale("pt-BR")).toBeUndefined();
    expect(pathToLocale("pt")).toBeUndefined();
    expect(pathToLocale("app")).toBeUndefined();
    expect(pathToLocale("")).toBeUndefined();
  });

  it("parses codes and path segments in any case, and nothing else", () => {
    expect(parseLocale("pt-BR")).toBe("pt-BR");
    expect(parseLocale("pt-br")).toBe("pt-BR");
    expect(parseLocale(" PT-BR ")).toBe("pt-BR");
    expect(parseLocale("DE")).toBe("de");
    expect(parseLocale("pt")).toBeUndefined();
    expect(parseLocale("en-US")).toBeUndefined();
    expect(parseLocale("")).toBeUndefined();
    expect(parseLocale(null)).toBeUndefined();
    expect(parseLocale(undefined)).toBeUndefined();
  });

  it("builds localized paths", () => {
    expect(localizePath("pt-BR")).toBe("/pt-br/");
    expect(localizePath("es", "/pricing/")).toBe("/es/pricing/");
    expect(localizePath("fr", "legal/")).toBe("/fr/legal/");
  });

  it("reads the locale of a pathname", () => {
    expect(localeFromPathname("/pt-br/")).toBe("pt-BR");
    expect(localeFromPathname("/de")).toBe("de");
    expect(localeFromPathname("/")).toBeUndefined();
    expect(localeFromPathname("/app/")).toBeUndefined();
  });

  it("switches the locale of a path, keeping the rest", () => {
    expect(switchLocalePath("/es/", "de")).toBe("/de/");
    expect(switchLocalePath("/es", "de")).toBe("/de/");
    expect(switchLocalePath("/pt-br/pricing/", "en")).toBe("/en/pricing/");
    expect(switchLocalePath("/en/legal/privacy/", "pt-BR")).toBe("/pt-br/legal/privacy/");
    expect(switchLocalePath("/", "fr")).toBe("/fr/");
    expect(switchLocalePath("/pricing/", "fr")).toBe("/fr/pricing/");
  });
});
