import http from "node:http";
import https from "node:https";
import { OutboundRefused, pinnedLookup, resolveAllowedAddresses, urlHost } from "@/lib/security/outbound-url";
import { signWebhook } from "@/lib/security/webhook-signature";

export interface WebhookRequest {
  url: string;
  secret: string;
  /** `webhook-id`: the event's id, the same on every retry (receivers dedupe on it). */
  messageId: string;
  /** `webhook-timestamp`, seconds since the epoch. */
  timestamp: number;
  body: string;
  timeoutMs: number;
}

export interface WebhookResponse {
  status: number | null;
  /** The first RESPONSE_SNIPPET characters of the response body. */
  body: string | null;
  error: string | null;
  durationMs: number;
}

export const RESPONSE_SNIPPET = 1000;
/** Bodies past this are not read: the socket is dropped instead. */
const MAX_READ = 64 * 1024;

// Keep-alive pools per worker process: most deliveries go to a few receivers.
const agents = {
  "http:": new http.Agent({ keepAlive: true, maxSockets: 64 }),
  "https:": new https.Agent({ keepAlive: true, maxSockets: 64 }),
};

/**
 * POSTs one signed delivery. The host is resolved and checked (no private
 * addresses unless allowed) and the socket connects to the checked address.
 * Redirects are not followed: a 3xx is a failed attempt. Never throws.
 */
export async function sendWebhook(request: WebhookRequest): Promise<WebhookResponse> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  let url: URL;
  try {
    url = new URL(request.url);
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error("not http(s)");
  } catch {
    return { status: null, body: null, error: "Invalid URL", durationMs: 0 };
  }
  let addresses;
  try {
    addresses = await resolveAllowedAddresses(urlHost(url));
  } catch (error) {
    return { status: null, body: null, error: error instanceof OutboundRefused ? `Refused: ${error.message}` : String(error), durationMs: elapsed() };
  }

  const transport = url.protocol === "https:" ? https : http;
  return new Promise<WebhookResponse>((resolve) => {
    let settled = false;
    const finish = (outcome: Omit<WebhookResponse, "durationMs">) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...outcome, durationMs: elapsed() });
    };
    const req = transport.request(url, {
      method: "POST",
      agent: agents[url.protocol as "http:" | "https:"],
      lookup: pinnedLookup(addresses),
      headers: {
        "content-type": "application/json",
        "content-length": Buffer.byteLength(request.body),
        "user-agent": "RelayCRM-Webhooks/1.0",
        "webhook-id": request.messageId,
        "webhook-timestamp": String(request.timestamp),
        "webhook-signature": signWebhook(request.secret, request.messageId, request.timestamp, request.body),
      },
    });
    const timer = setTimeout(() => {
      finish({ status: null, body: null, error: `Timed out after ${request.timeoutMs / 1000} s` });
      req.destroy();
    }, request.timeoutMs);
    req.on("response", (res) => {
      const chunks: Buffer[] = [];
      let read = 0;
      res.on("data", (chunk: Buffer) => {
        read += chunk.length;
        if (read <= MAX_READ) chunks.push(chunk);
        else res.destroy();
      });
      const done = () => {
        const text = Buffer.concat(chunks).toString("utf8").slice(0, RESPONSE_SNIPPET);
        const status = res.statusCode ?? null;
        const ok = status !== null && status >= 200 && status < 300;
        finish({ status, body: text || null, error: ok ? null : `HTTP ${status}` });
      };
      res.on("end", done);
      res.on("close", done);
      res.on("error", done);
    });
    req.on("error", (error: NodeJS.ErrnoException) => finish({ status: null, body: null, error: describeError(error) }));
    req.end(request.body);
  });
}

function describeError(error: NodeJS.ErrnoException): string {
  const known: Record<string, string> = {
    ECONNREFUSED: "Connection refused",
    ECONNRESET: "Connection reset",
    ETIMEDOUT: "Connection timed out",
    EHOSTUNREACH: "Host unreachable",
    ENETUNREACH: "Network unreachable",
    ENOTFOUND: "Host not found",
  };
  const text = (error.code && known[error.code]) ?? error.message;
  return error.code ? `${text} (${error.code})` : text;
}
