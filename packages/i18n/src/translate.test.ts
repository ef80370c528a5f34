import { describe, expect, it } from "vitest";
import { interpolate, placeholders, useTranslations } from "./translate";

describe("useTranslations", () => {
  it("returns the message of the requested locale", () => {
    expect(useTranslations("en")("nav.openCrm")).toBe("Open the CRM");
    expect(useTranslations("es")("nav.openCrm")).toBe("Abrir el CRM");
    expect(useTranslations("pt-BR")("nav.openCrm")).toBe("Abrir o CRM");
    expect(useTranslations("fr")("nav.openCrm")).toBe("Ouvrir le CRM");
    expect(useTranslations("de")("nav.openCrm")).toBe("CRM öffnen");
  });

  it("fills {name} placeholders", () => {
    expect(useTranslations("de")("footer.copyright", { year: 2026 })).toBe("© 2026 Abante CRM");
  });
});

describe("interpolate", () => {
  it("replaces every occurrence, numbers included", () => {
    expect(interpolate("{a} and {b}, {a} again", { a: "x", b: 0 })).toBe("x and 0, x again");
  });

  it("leaves a placeholder without a value as written", () => {
    expect(interpolate("Hello {name}", {})).toBe("Hello {name}");
  });

  it("does not read inherited properties", () => {
    expect(interpolate("{toString}", {})).toBe("{toString}");
  });

  it("does not re-interpret braces inside a value", () => {
    expect(interpolate("{a}", { a: "{b}", b: "no" })).toBe("{b}");
  });
});

describe("placeholders", () => {
  it("lists the names used", () => {
    expect(placeholders("© {year} {name}")).toEqual(["year", "name"]);
    expect(placeholders("no placeholder")).toEqual([]);
  });
});
