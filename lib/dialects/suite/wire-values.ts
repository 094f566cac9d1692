import { z } from "zod";
// The input fields are shared with the invoice and quote forms (lib/crm/billing/document-fields).
export { dateIn, decimalIn, isCalendarDate, moneyIn } from "@/lib/crm/billing/document-fields";

/** Money out: a JSON number exact to the cent (the Decimal's own digits, not a float sum). */
export function moneyOut(value: { toFixed(places: number): string } | string): number {
  return Number(typeof value === "string" ? value : value.toFixed(2));
}

/** A date column (UTC midnight) as `YYYY-MM-DD`. */
export function dateOut(value: Date): string;
export function dateOut(value: Date | null): string | null;
export function dateOut(value: Date | null): string | null {
  return value ? value.toISOString().slice(0, 10) : null;
}

/** A suite integer id in a body or query (another record of the tenant). */
export const suiteRefId = (label: string) =>
  z.coerce
    .number({ error: `${label} must be an integer id` })
    .int(`${label} must be an integer id`)
    .min(1, `${label} must be an integer id`)
    .max(2_147_483_647);

/** An enum written in the seed's words, matched case-insensitively, e.g. "partially paid" → "Partially Paid". */
export function seedWord<const W extends readonly [string, ...string[]]>(words: W, label: string) {
  return z.string({ error: `${label} is required` }).transform((value, ctx) => {
    const found = words.find((word) => word.toLowerCase() === value.trim().toLowerCase().replace(/_/g, " "));
    if (!found) {
      ctx.addIssue({ code: "custom", message: `${label} must be one of: ${words.join(", ")}` });
      return z.NEVER;
    }
    return found as W[number];
  });
}
