import { randomUUID } from "node:crypto";

/**
 * A UUID version 7 (time-ordered), as Prisma's `@default(uuid(7))` makes, for
 * rows written with raw SQL (set-based inserts) that bypass the client: the
 * millisecond time in the first 48 bits, then the 74 random bits and the
 * variant of a v4 UUID with its version nibble set to 7. Built on
 * randomUUID (which draws from a pooled entropy buffer) rather than
 * randomBytes + hex: ~5× faster, which shows at a million rows.
 */
export function uuidV7(now = Date.now()): string {
  const time = now.toString(16).padStart(12, "0");
  // randomUUID(): xxxxxxxx-xxxx-4xxx-Vxxx-xxxxxxxxxxxx; from index 15 on it is rand_a, variant and rand_b.
  return `${time.slice(0, 8)}-${time.slice(8)}-7${randomUUID().slice(15)}`;
}
