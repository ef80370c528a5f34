import { describe, expect, it } from "vitest";
import { centsToDecimal, formatMoney, sumByCurrency, toCents } from "./money";

describe("money", () => {
  it("adds exact decimals per currency, without floating-point noise", () => {
    const sums = sumByCurrency([
      { amount: "0.10", currency: "EUR" },
      { amount: "0.2", currency: "EUR" },
      { amount: null, currency: "EUR" },
      { amount: "999999999999.99", currency: "USD" },
      { amount: "999999999999.99", currency: "USD" },
    ]);
    expect(sums).toEqual([
      { currency: "EUR", amount: "0.30" },
      { currency: "USD", amount: "1999999999999.98" },
    ]);
  });

  it("parses and prints cents", () => {
    expect(toCents("1200.5")).toBe(120050n);
    expect(toCents("7")).toBe(700n);
    expect(toCents("1.234")).toBeUndefined();
    expect(centsToDecimal(5n)).toBe("0.05");
  });

  it("formats with the currency, exactly, and falls back for an unknown code", () => {
    expect(formatMoney("1999999999999.98", "USD")).toBe("$1,999,999,999,999.98");
    expect(formatMoney("12", "EUR")).toBe("€12.00");
    expect(formatMoney("12", "E1")).toBe("12 E1");
  });
});
