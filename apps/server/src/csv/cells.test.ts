import { describe, expect, it } from "vitest";
import { escapeCell, normalizeDomain, parseBoolean, parseTimestamp, splitList, unescapeCell } from "./cells";

describe("CSV cells", () => {
  it("escapes every cell a spreadsheet would run as a formula, and restores it exactly", () => {
    for (const value of ["=1+1", "+1 555 0100", "-2", "@SUM(A1)", "\tx", "\r=x", "'=x", "''+x"]) {
      const escaped = escapeCell(value);
      expect(escaped.startsWith("'")).toBe(true);
      expect(unescapeCell(escaped)).toBe(value);
    }
  });

  it("leaves ordinary values alone, apostrophes included", () => {
    for (const value of ["Ann", "O'Brien", "'quoted'", "", "1 = 1", "a-b", "'", "'a"]) {
      expect(escapeCell(value)).toBe(value);
      expect(unescapeCell(value)).toBe(value);
    }
  });

  it("splits lists on ; when present, else on commas", () => {
    expect(splitList("a; b;;c ")).toEqual(["a", "b", "c"]);
    expect(splitList("a, b")).toEqual(["a", "b"]);
    expect(splitList("north, east; west")).toEqual(["north, east", "west"]);
    expect(splitList("  ")).toEqual([]);
  });

  it("reads yes/no in the product's languages and refuses anything else", () => {
    expect(parseBoolean("TRUE")).toBe(true);
    expect(parseBoolean("oui")).toBe(true);
    expect(parseBoolean("no")).toBe(false);
    expect(parseBoolean("")).toBe(false);
    expect(parseBoolean("maybe")).toBeUndefined();
  });

  it("reads timestamps, and refuses what the database could not store", () => {
    expect(parseTimestamp("2024-05-31T09:30:00.123Z")?.toISOString()).toBe("2024-05-31T09:30:00.123Z");
    expect(parseTimestamp("2024-05-31")?.toISOString()).toBe("2024-05-31T00:00:00.000Z");
    expect(parseTimestamp("yesterday")).toBeUndefined();
    expect(parseTimestamp("+100000-01-01T00:00:00Z")).toBeUndefined();
  });

  it("reduces a pasted website to its domain", () => {
    expect(normalizeDomain("https://www.Example.com/about?x=1")).toBe("www.example.com");
    expect(normalizeDomain("example.com:8080")).toBe("example.com");
    expect(normalizeDomain("example.org.")).toBe("example.org");
  });
});
