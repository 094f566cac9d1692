/**
 * Digits of a phone number, for matching a call or a dialler submission to a
 * lead or customer whatever the formatting ("+44 7840 258823" → "447840258823").
 */
export function normalizePhone(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const digits = raw.replace(/\D/g, "");
  return digits.length >= 3 ? digits : null;
}
