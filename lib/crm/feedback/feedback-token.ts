import { createHash, createHmac } from "node:crypto";
import { appSecrets } from "@/lib/config/app-secrets";

/**
 * The response link's token: an HMAC of the request id under the app's
 * secret key. Only its SHA-256 is stored (`FeedbackRequest.tokenHash`), so
 * the database alone cannot produce a working link; yet a reminder can re-send
 * the very link of the first request. It works once: the request is answered
 * atomically and a used token answers "already answered".
 */
export function feedbackToken(requestId: string): string {
  const key = Buffer.from(appSecrets().encryptionKey, "base64");
  return createHmac("sha256", key).update(`feedback-response:${requestId}`).digest("base64url");
}

export function hashFeedbackToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** The public page's path for a request (origins are the caller's business). */
export function feedbackResponsePath(requestId: string): string {
  return `/feedback/respond/${feedbackToken(requestId)}`;
}

/** Tokens are 43 base64url characters; anything else names nothing. */
export function isFeedbackTokenShape(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
