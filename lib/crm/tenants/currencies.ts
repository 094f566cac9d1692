import { z } from "zod";

/** The currencies offered in Settings → Workspace (ISO 4217); any code Intl knows is accepted. */
export const COMMON_CURRENCIES = ["USD", "EUR", "GBP", "INR", "CAD", "AUD", "JPY", "CHF", "SGD", "AED", "ZAR", "BRL", "MXN", "SEK", "NZD"] as const;

function knownCurrency(code: string): boolean {
  try {
    return Intl.supportedValuesOf("currency").includes(code);
  } catch {
    return (COMMON_CURRENCIES as readonly string[]).includes(code);
  }
}

export const currencyCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, "Currency must be a three-letter ISO 4217 code")
  .refine(knownCurrency, "Unknown currency code");

export const workspaceSettingsForm = z.object({ currency: currencyCode });
export type WorkspaceSettingsValues = z.infer<typeof workspaceSettingsForm>;
