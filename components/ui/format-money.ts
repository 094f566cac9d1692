/**
 * "$12,500" from an exact decimal string: Intl formats the string itself
 * (no conversion to a binary float on the way). Currency per tenant comes later.
 */
export function formatMoney(decimal: string | null | undefined, currency = "USD", options: { cents?: boolean } = {}): string {
  if (decimal == null) return "—";
  const digits = options.cents ? 2 : 0;
  const format = new Intl.NumberFormat("en-US", { style: "currency", currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
  // Intl.NumberFormat accepts decimal strings exactly (ES2023); the cast is only for older lib typings.
  return format.format(decimal as unknown as number);
}
