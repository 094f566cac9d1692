import { createHash, timingSafeEqual } from "node:crypto";
import { envString, MIN_SECRET_LENGTH } from "@/lib/config/env";

let warned = false;

/**
 * The platform-admin credential for /api/admin/*: the ADMIN_API_KEY
 * environment variable. With no variable set, nothing is admin; nor with one
 * shorter than 32 characters (npm start refuses to start with it; a server
 * started another way answers 401 rather than accept a guessable key).
 */
export function isPlatformAdminKey(candidate: string): boolean {
  const expected = envString("ADMIN_API_KEY");
  if (!expected) return false;
  if (expected.length < MIN_SECRET_LENGTH) {
    if (!warned) console.error(`ADMIN_API_KEY is shorter than ${MIN_SECRET_LENGTH} characters: the admin API is disabled`);
    warned = true;
    return false;
  }
  // Compare digests so the comparison takes the same time whatever the length.
  const a = createHash("sha256").update(candidate).digest();
  const b = createHash("sha256").update(expected).digest();
  return timingSafeEqual(a, b);
}
