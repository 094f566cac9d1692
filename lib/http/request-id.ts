import { randomBytes } from "node:crypto";

/** "req_" + 16 hex characters, as the gateway seed shows (request_id). */
export function newRequestId(): string {
  return `req_${randomBytes(8).toString("hex")}`;
}
