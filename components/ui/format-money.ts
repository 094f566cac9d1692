/**
 * "$12,500" (or "€12,500", "12 500 kr"…) from an exact decimal string, in the
 * workspace's currency (`getTenantCurrency`, or the document's own for an
 * issued invoice). Intl formats the string itself: no conversion to a binary
 * float on the way. The currency is required so no page can fall back to USD.
 */
export function formatMoney(decimal: string | null | undefined, currency: string, options: { cents?: boolean } = {}): string {
  if (decimal == null) return "—";
  const digits = options.cents ? 2 : 0;
  const format = new Intl.NumberFormat("en-US", { style: "currency", currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
  // Intl.NumberFormat accepts decimal strings exactly (ES2023); the cast is only for older lib typings.
  return format.format(decimal as unknown as number);
}
