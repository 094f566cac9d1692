import { randomUUID } from "node:crypto";

/**
 * "req_" + 16 hex characters, as the gateway seed shows (request_id). Taken from
 * randomUUID, which draws from a pooled entropy buffer: randomBytes makes a system
 * call per request, and showed as 3% of the server's CPU under load.
 */
export function newRequestId(): string {
  const uuid = randomUUID();
  // xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx: 8 + 4 + the 3 after the version nibble + 1 random character of the last group.
  return `req_${uuid.slice(0, 8)}${uuid.slice(9, 13)}${uuid.slice(15, 18)}${uuid.slice(24, 25)}`;
}
