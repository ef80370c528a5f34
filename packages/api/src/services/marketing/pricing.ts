// P4: prices in the visitor's currency, picked by country, with EUR as the fallback.

export const currencies = ["EUR", "USD", "GBP", "BRL"] as const;
export type Currency = (typeof currencies)[number];

export const planIds = ["starter", "team", "business"] as const;
export type PlanId = (typeof planIds)[number];

export interface Plan {
  id: PlanId;
  /** Product names are not translated. */
  name: string;
  /** Price per user per month, billed monthly, in minor units (cents), per currency. */
  monthly: Record<Currency, number>;
  /** Price per user per month when billed yearly, in minor units. */
  yearly: Record<Currency, number>;
  /** Seats included at most (null: unlimited). */
  maxUsers: number | null;
  /** Stable ids of the plan's highlights; the site maps them to catalog texts in the visitor's language. */
  features: string[];
  highlighted: boolean;
}

export const plans: readonly Plan[] = [
  {
    id: "starter",
    name: "Starter",
    monthly: { EUR: 900, USD: 1000, GBP: 800, BRL: 4900 },
    yearly: { EUR: 750, USD: 800, GBP: 650, BRL: 3900 },
    maxUsers: 5,
    features: ["contacts", "pipeline", "export"],
    highlighted: false,
  },
  {
    id: "team",
    name: "Team",
    monthly: { EUR: 1900, USD: 2100, GBP: 1700, BRL: 9900 },
    yearly: { EUR: 1600, USD: 1800, GBP: 1400, BRL: 7900 },
    maxUsers: 50,
    features: ["contacts", "pipeline", "export", "attachments", "roles"],
    highlighted: true,
  },
  {
    id: "business",
    name: "Business",
    monthly: { EUR: 3900, USD: 4300, GBP: 3400, BRL: 19900 },
    yearly: { EUR: 3300, USD: 3600, GBP: 2900, BRL: 15900 },
    maxUsers: null,
    features: ["contacts", "pipeline", "export", "attachments", "roles", "audit", "support"],
    highlighted: false,
  },
];

/** Countries whose currency we price in (the euro area and places using the euro, USD, GBP, BRL). */
const currencyByCountry: Record<string, Currency> = {
  ...Object.fromEntries(
    [
      "AT",
      "BE",
      "HR",
      "CY",
      "EE",
      "FI",
      "FR",
      "DE",
      "GR",
      "IE",
      "IT",
      "LV",
      "LT",
      "LU",
      "MT",
      "NL",
      "PT",
      "SK",
      "SI",
      "ES",
      "AD",
      "MC",
      "SM",
      "VA",
      "ME",
      "XK",
    ].map((c) => [c, "EUR" as const]),
  ),
  ...Object.fromEntries(["US", "PR", "EC", "SV", "PA", "GU", "VI", "AS", "MP", "TL"].map((c) => [c, "USD" as const])),
  ...Object.fromEntries(["GB", "IM", "JE", "GG"].map((c) => [c, "GBP" as const])),
  BR: "BRL",
};

export function currencyFor(country: string | null | undefined): Currency {
  return (country && currencyByCountry[country.toUpperCase()]) || "EUR";
}

export interface PricingView {
  country: string | null;
  currency: Currency;
  plans: Array<{
    id: PlanId;
    name: string;
    /** Minor units per user per month. */
    monthly: number;
    yearly: number;
    maxUsers: number | null;
    features: string[];
    highlighted: boolean;
  }>;
}

export function pricingFor(country: string | null | undefined): PricingView {
  const currency = currencyFor(country);
  return {
    country: country ? country.toUpperCase() : null,
    currency,
    plans: plans.map((p) => ({
      id: p.id,
      name: p.name,
      monthly: p.monthly[currency],
      yearly: p.yearly[currency],
      maxUsers: p.maxUsers,
      features: p.features,
      highlighted: p.highlighted,
    })),
  };
}
