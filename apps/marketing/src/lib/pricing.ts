// The price table the pricing page renders. It must equal the API's (`marketing.pricing`,
// packages/api/src/services/marketing/pricing.ts): a test compares the two. It depends on nothing but the registry,
// so either side can import the other's once the lead picks one home for it.

import { retention } from "@abante/privacy";

export const currencies = ["EUR", "USD", "GBP", "BRL"] as const;
export type Currency = (typeof currencies)[number];

export const FALLBACK_CURRENCY: Currency = "EUR";

export const planIds = ["starter", "team", "business"] as const;
export type PlanId = (typeof planIds)[number];

/**
 * Free trial length in days: the server's TRIAL_DAYS setting when this page is built or rendered, else the
 * registry's default, the same two sources the API's createTenant uses.
 */
export function trialDays(value: string | undefined = process.env.TRIAL_DAYS): number {
  const n = Number(value);
  return value && Number.isInteger(n) && n >= 1 && n <= 365 ? n : retention.trialDays;
}

export interface Plan {
  id: PlanId;
  /** Price per user and month, billed monthly, in minor units (cents), before sales taxes. */
  monthly: Readonly<Record<Currency, number>>;
  /** Price per user and month when billed yearly, in minor units. */
  yearly: Readonly<Record<Currency, number>>;
  /** Seats at most; null for unlimited. */
  maxUsers: number | null;
  highlighted: boolean;
}

export const plans: readonly Plan[] = [
  {
    id: "starter",
    monthly: { EUR: 900, USD: 1000, GBP: 800, BRL: 4900 },
    yearly: { EUR: 750, USD: 800, GBP: 650, BRL: 3900 },
    maxUsers: 5,
    highlighted: false,
  },
  {
    id: "team",
    monthly: { EUR: 1900, USD: 2100, GBP: 1700, BRL: 9900 },
    yearly: { EUR: 1600, USD: 1800, GBP: 1400, BRL: 7900 },
    maxUsers: 50,
    highlighted: true,
  },
  {
    id: "business",
    monthly: { EUR: 3900, USD: 4300, GBP: 3400, BRL: 19900 },
    yearly: { EUR: 3300, USD: 3600, GBP: 2900, BRL: 15900 },
    maxUsers: null,
    highlighted: false,
  },
];

const group = (codes: string, currency: Currency) => codes.split(" ").map((c) => [c, currency] as const);

/**
 * Countries (ISO 3166-1 alpha-2) priced in a currency: the euro area and the places that use the euro, the United
 * States and the places that use the dollar, the United Kingdom and the Crown Dependencies, Brazil. Every other
 * country, and an unknown one, sees EUR.
 */
const currencyByCountry: ReadonlyMap<string, Currency> = new Map([
  ...group("AT BE HR CY EE FI FR DE GR IE IT LV LT LU MT NL PT SK SI ES AD MC SM VA ME XK", "EUR"),
  ...group("US PR EC SV PA GU VI AS MP TL", "USD"),
  ...group("GB IM JE GG", "GBP"),
  ...group("BR", "BRL"),
]);

/** The currency for a visitor's country (any case); EUR when the country is unknown or not listed. */
export function currencyForCountry(country: string | null | undefined): Currency {
  const code = country?.trim().toUpperCase();
  return (code && currencyByCountry.get(code)) || FALLBACK_CURRENCY;
}

export function isCurrency(value: unknown): value is Currency {
  return typeof value === "string" && (currencies as readonly string[]).includes(value);
}

export interface PlanPrice {
  plan: PlanId;
  currency: Currency;
  /** Per user and month billed monthly, in minor units. */
  monthly: number;
  /** Per user and month billed yearly, in minor units. */
  yearly: number;
  maxUsers: number | null;
  highlighted: boolean;
}

/** Every plan's prices in one currency, in display order. */
export function planPrices(currency: Currency): PlanPrice[] {
  return plans.map((p) => ({
    plan: p.id,
    currency,
    monthly: p.monthly[currency],
    yearly: p.yearly[currency],
    maxUsers: p.maxUsers,
    highlighted: p.highlighted,
  }));
}

/** An amount in minor units as the locale writes it: `9 €`, `€9`, `R$ 49`, `€7.50` (decimals only when needed). */
export function formatPrice(minor: number, currency: Currency, locale: string): string {
  const amount = minor / 100;
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency,
    minimumFractionDigits: Number.isInteger(amount) ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(amount);
}
