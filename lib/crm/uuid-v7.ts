import { randomBytes } from "node:crypto";

/**
 * A UUIDv7 (RFC 9562: 48-bit Unix milliseconds, then random bits), the same
 * kind Prisma's `@default(uuid(7))` makes, for rows written by bulk SQL.
 */
export function uuidv7(now = Date.now()): string {
  const bytes = randomBytes(16);
  let ms = now;
  for (let i = 5; i >= 0; i--) {
    bytes[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
