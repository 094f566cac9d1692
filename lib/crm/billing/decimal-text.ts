import { z } from "zod";

/** Decimal text (no sign) with at most `places` decimals: money never travels as a binary float. */
export const decimalText = (places: number, message: string) =>
  z
    .string()
    .trim()
    .regex(new RegExp(`^\\d+(\\.\\d{1,${places}})?$`), message);

/** `YYYY-MM-DD`, a real calendar day. */
export const dayText = (message = "Enter a date (YYYY-MM-DD)") =>
  z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, message)
    .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), message);
