/** Variables as read: process.env or a plain object (tests). */
export type Env = Record<string, string | undefined>;

/**
 * Reading environment variables the same way everywhere: an empty value is
 * unset (so `NEXTAUTH_SECRET=""` is never a secret), and numbers are checked
 * (a typo falls back to the default instead of disabling what it tunes).
 */
export function envString(name: string, env: Env = process.env): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

/** A positive integer, else `fallback` (with a warning when the variable was set but unusable). */
export function envPositiveInt(name: string, fallback: number, env: Env = process.env): number {
  const raw = envString(name, env);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (/^\d+$/.test(raw) && Number.isSafeInteger(value) && value > 0) return value;
  console.warn(`${name}=${JSON.stringify(raw)} is not a positive integer; using ${fallback}`);
  return fallback;
}

/** A non-negative integer, else `fallback`. */
export function envCount(name: string, fallback: number, env: Env = process.env): number {
  const raw = envString(name, env);
  if (raw === undefined) return fallback;
  if (/^\d+$/.test(raw) && Number.isSafeInteger(Number(raw))) return Number(raw);
  console.warn(`${name}=${JSON.stringify(raw)} is not a whole number; using ${fallback}`);
  return fallback;
}

/** Secrets shorter than this are refused: ADMIN_API_KEY, NEXTAUTH_SECRET. */
export const MIN_SECRET_LENGTH = 32;
