import { createHash } from "node:crypto";

/**
 * What makes two deliveries the same event: the call, the event name and the
 * time it happened (as the demo data and the generator spell it). Without a
 * timestamp, the content of `data` stands in for the time.
 */
export function callEventFingerprint(callSid: string, event: string, timestamp: Date | undefined, data: Record<string, unknown>): string {
  if (timestamp) return `${callSid}:${event}:${timestamp.toISOString()}`;
  return `${callSid}:${event}:#${createHash("sha256").update(JSON.stringify(data)).digest("base64url").slice(0, 22)}`;
}

/** A log id in the seed's style: "log-1760280743-abc123def". */
export function newLogId(now: Date, random: string): string {
  return `log-${Math.floor(now.getTime() / 1000)}-${random}`;
}
