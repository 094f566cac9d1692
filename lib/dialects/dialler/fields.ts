import { z } from "zod";

/** A required text field with the seed's "<Label> cannot be blank." message. */
export function requiredText(label: string) {
  const blank = `${label} cannot be blank.`;
  return z.string({ error: blank }).trim().min(1, blank);
}

/** A phone number: digits with the usual punctuation, 7 to 15 digits. */
export const phoneField = (label: string) =>
  z
    .string({ error: `${label} cannot be blank.` })
    .trim()
    .min(1, `${label} cannot be blank.`)
    .refine(
      (value) => /^\+?[\d\s().-]+$/.test(value) && value.replace(/\D/g, "").length >= 7 && value.replace(/\D/g, "").length <= 15,
      `${label} is not a valid phone number.`,
    );
