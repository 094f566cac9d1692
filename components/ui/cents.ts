import { fromScaled, toScaled } from "@/lib/crm/billing/invoice-totals";

/**
 * Money as whole cents for the browser (a chart's scale needs numbers):
 * exact decimal text → integer cents on the server, integer cents → decimal
 * text for display, with integer arithmetic only (no binary fractions).
 */
export function toCents(decimal: string): number {
  const scaled = toScaled(decimal, 2);
  if (scaled === null) throw new Error(`not a money amount: ${decimal}`);
  return Number(scaled);
}

export function centsToDecimal(cents: number): string {
  return fromScaled(BigInt(Math.trunc(cents)), 2);
}
