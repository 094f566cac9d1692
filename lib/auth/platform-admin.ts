import { createHash, timingSafeEqual } from "node:crypto";

/**
 * The platform-admin credential for /api/admin/*: the ADMIN_API_KEY
 * environment variable. With no variable set, nothing is admin.
 */
export function isPlatformAdminKey(candidate: string): boolean {
  const expected = process.env.ADMIN_API_KEY;
  if (!expected) return false;
  // Compare digests so the comparison takes the same time whatever the length.
  const a = createHash("sha256").update(candidate).digest();
  const b = createHash("sha256").update(expected).digest();
  return timingSafeEqual(a, b);
}
