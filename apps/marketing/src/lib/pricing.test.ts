import { retention } from "@abante/privacy";
import { describe, expect, it } from "vitest";
// The API's own table (a dependency-free module), read from its source: the page and marketing.pricing must agree.
import * as api from "../../../../packages/api/src/services/marketing/pricing";
import {
  currencies,
  currencyForCountry,
  FALLBACK_CURRENCY,
  formatPrice,
  isCurrency,
  planIds,
  planPrices,
  plans,
  trialDays,
} from "./pricing";

describe("P4 pricing by country", () => {
  it("picks the visitor's currency from the country", () => {
    expect(currencyForCountry("BR")).toBe("BRL");
    expect(currencyForCountry("US")).toBe("USD");
    expect(currencyForCountry("GB")).toBe("GBP");
    expect(currencyForCountry("DE")).toBe("EUR");
    expect(currencyForCountry("FR")).toBe("EUR");
  });

  it("falls back to EUR for an unknown or unlisted country", () => {
    expect(FALLBACK_CURRENCY).toBe("EUR");
    expect(currencyForCountry(undefined)).toBe("EUR");
    expect(currencyForCountry(null)).toBe("EUR");
    expect(currencyForCountry("")).toBe("EUR");
    expect(currencyForCountry("JP")).toBe("EUR");
    expect(currencyForCountry("not a country")).toBe("EUR");
  });

  it("accepts lower-case and padded codes", () => {
    expect(currencyForCountry(" br ")).toBe("BRL");
    expect(currencyForCountry("gb")).toBe("GBP");
  });

  it("has a positive price for every plan in every currency, cheaper when billed yearly", () => {
    for (const plan of plans) {
      for (const currency of currencies) {
        expect(plan.monthly[currency], `${plan.id} ${currency}`).toBeGreaterThan(0);
        expect(plan.yearly[currency], `${plan.id} ${currency}`).toBeLessThan(plan.monthly[currency]);
      }
    }
  });

  it("orders plans from the cheapest up, in every currency", () => {
    for (const currency of currencies) {
      const amounts = planPrices(currency).map((p) => p.monthly);
      expect(amounts).toEqual([...amounts].sort((a, b) => a - b));
      expect(planPrices(currency).map((p) => p.plan)).toEqual([...planIds]);
    }
  });

  it("formats minor units as each locale writes them", () => {
    expect(formatPrice(4900, "BRL", "pt-BR")).toBe("R$\u00a049");
    expect(formatPrice(900, "EUR", "de")).toBe("9\u00a0€");
    expect(formatPrice(1000, "USD", "en")).toBe("$10");
    expect(formatPrice(750, "EUR", "en")).toBe("€7.50");
  });

  it("recognises only the supported currencies", () => {
    expect(isCurrency("USD")).toBe(true);
    expect(isCurrency("usd")).toBe(false);
    expect(isCurrency("JPY")).toBe(false);
    expect(isCurrency(undefined)).toBe(false);
  });
});

describe("P4 the pricing page and marketing.pricing quote the same", () => {
  it("has the same plans and prices", () => {
    expect(plans.map((p) => p.id)).toEqual(api.plans.map((p) => p.id));
    for (const plan of plans) {
      const other = api.plans.find((p) => p.id === plan.id)!;
      expect(plan.monthly).toEqual(other.monthly);
      expect(plan.yearly).toEqual(other.yearly);
      expect(plan.maxUsers).toBe(other.maxUsers);
      expect(plan.highlighted).toBe(other.highlighted);
    }
  });

  it("picks the same currency for every country", () => {
    const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    for (const a of letters) {
      for (const b of letters) expect(currencyForCountry(a + b), a + b).toBe(api.currencyFor(a + b));
    }
    expect(currencyForCountry(null)).toBe(api.currencyFor(null));
  });
});

describe("trial length", () => {
  it("is the server's TRIAL_DAYS when valid, else the registry's default the API also uses", () => {
    expect(trialDays(undefined)).toBe(retention.trialDays);
    expect(trialDays("30")).toBe(30);
    for (const bad of ["", "0", "-3", "2.5", "366", "fifteen"]) expect(trialDays(bad)).toBe(retention.trialDays);
  });
});
