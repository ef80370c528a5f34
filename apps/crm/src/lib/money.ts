// Deal amounts arrive as exact decimal strings ("1200.50"). Sums are done in whole cents with BigInt, so a column of
// large deals never picks up floating-point noise.

/** "1200.5" → 120050n; undefined for anything that is not a plain non-negative decimal. */
export function toCents(amount: string): bigint | undefined {
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(amount.trim());
  if (!match) return undefined;
  return BigInt(match[1]!) * 100n + BigInt((match[2] ?? "").padEnd(2, "0"));
}

/** 120050n → "1200.50" */
export function centsToDecimal(cents: bigint): string {
  const sign = cents < 0n ? "-" : "";
  const abs = cents < 0n ? -cents : cents;
  return `${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, "0")}`;
}

/** Sum of amounts per currency, currencies in alphabetical order; deals without an amount count for nothing. */
export function sumByCurrency(deals: readonly { amount: string | null; currency: string }[]) {
  const sums = new Map<string, bigint>();
  for (const deal of deals) {
    if (deal.amount === null) continue;
    const cents = toCents(deal.amount);
    if (cents === undefined) continue;
    sums.set(deal.currency, (sums.get(deal.currency) ?? 0n) + cents);
  }
  return [...sums]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, cents]) => ({ currency, amount: centsToDecimal(cents) }));
}

const formats = new Map<string, Intl.NumberFormat>();

/** "1200.50", "EUR" → "€1,200.50". Strings are formatted exactly (no rounding through a float). */
export function formatMoney(amount: string, currency: string, locale = "en"): string {
  const key = `${locale}|${currency}`;
  let format = formats.get(key);
  try {
    if (!format) {
      format = new Intl.NumberFormat(locale, { style: "currency", currency });
      formats.set(key, format);
    }
    // Intl accepts a decimal string and keeps every digit; the type definitions only know numbers.
    return format.format(amount as unknown as number);
  } catch {
    return `${amount} ${currency}`;
  }
}
