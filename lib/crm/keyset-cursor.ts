import { ValidationFailed } from "./errors";
import { isUuid } from "./uuid";

/** Position after a row in a (createdAt desc, id desc) listing. */
export interface KeysetPosition {
  createdAt: Date;
  id: string;
}

/** Opaque to clients: base64url of "<iso time>|<uuid>". */
export function encodeCursor(position: KeysetPosition): string {
  return Buffer.from(`${position.createdAt.toISOString()}|${position.id}`, "utf8").toString("base64url");
}

export function decodeCursor(cursor: string): KeysetPosition {
  const [iso, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const createdAt = new Date(iso ?? "");
  if (!id || !isUuid(id) || Number.isNaN(createdAt.getTime())) {
    throw new ValidationFailed([{ field: "cursor", message: "Invalid cursor" }]);
  }
  return { createdAt, id };
}

/**
 * Prisma `where` fragment for rows after the cursor in (createdAt desc, id desc) order.
 * The redundant `NOT createdAt > x` (PostgreSQL reads it as `createdAt <= x`) lets the
 * (tenantId, createdAt) index start at the position: the OR alone is only a filter, so
 * a page at row 500,000 read 500,000 index entries first (6 s there, 20 ms with the bound).
 * It is under NOT so it cannot overwrite a `createdAt` range of the caller's filter.
 */
export function afterCursor(position: KeysetPosition | undefined) {
  if (!position) return {};
  return {
    NOT: { createdAt: { gt: position.createdAt } },
    OR: [{ createdAt: { lt: position.createdAt } }, { createdAt: position.createdAt, id: { lt: position.id } }],
  };
}
