import { claimDueDeliveries, type ClaimedDelivery } from "@/lib/crm/webhooks/claim-deliveries";
import { fanOutEvents } from "@/lib/crm/webhooks/fan-out-events";
import { recordAttempts, type AttemptOutcome, type AttemptResult } from "@/lib/crm/webhooks/record-attempt";
import { webhookBody } from "@/lib/crm/webhooks/webhook-body";
import { unseal } from "@/lib/security/secret-box";
import { sendWebhook, type WebhookRequest, type WebhookResponse } from "./send-webhook";

export interface WebhookWorkerOptions {
  /** The clock: attempt times, due times and the signed timestamp (tests move it instead of sleeping). */
  now?: () => Date;
  /** Jitter source in [0, 1). */
  random?: () => number;
  /** Attempts claimed per round. */
  batchSize?: number;
  /** Requests in flight at once. */
  concurrency?: number;
  /** Per request (connect + response). */
  timeoutMs?: number;
  /** How long a claim keeps other workers off an attempt; must outlast timeoutMs. */
  leaseMs?: number;
  /** Pause when there was nothing to do. */
  idleMs?: number;
  send?: (request: WebhookRequest) => Promise<WebhookResponse>;
  /** Only these workspaces' events (tests running in parallel leave each other's rows alone). */
  onlyTenants?: string[];
}

const DEFAULTS = { batchSize: 200, concurrency: 50, timeoutMs: 10_000, leaseMs: 60_000, idleMs: 500 };

/** One round: fan new outbox events out to webhooks, then deliver the attempts that are due. */
export async function runWebhookWorkerOnce(options: WebhookWorkerOptions = {}): Promise<{ fannedOut: number; attempted: number }> {
  const now = options.now ?? (() => new Date());
  const settings = { ...DEFAULTS, ...options };
  const fannedOut = await fanOutEvents({ now: now(), onlyTenants: options.onlyTenants });
  const claimed = await claimDueDeliveries({ limit: settings.batchSize, now: now(), leaseMs: settings.leaseMs, onlyTenants: options.onlyTenants });
  const results: AttemptResult[] = [];
  await eachWithLimit(claimed, settings.concurrency, async (delivery) => {
    results.push({ claimed: delivery, outcome: await attempt(delivery, now, settings.timeoutMs, options.send ?? sendWebhook) });
  });
  // Written together after the round: a few statements, not one per delivery. Should the
  // process die before this, the leases run out and the attempts are made again (at-least-once).
  await recordAttempts(results, options.random);
  return { fannedOut, attempted: claimed.length };
}

async function attempt(
  delivery: ClaimedDelivery,
  now: () => Date,
  timeoutMs: number,
  send: NonNullable<WebhookWorkerOptions["send"]>,
): Promise<AttemptOutcome> {
  const attemptedAt = now();
  let secret: string;
  try {
    secret = unseal(delivery.secretEnc);
  } catch {
    return {
      ok: false,
      responseStatus: null,
      responseBody: null,
      error: "The signing secret cannot be read (encryption key changed?)",
      durationMs: 0,
      attemptedAt,
    };
  }
  const response = await send({
    url: delivery.url,
    secret,
    messageId: delivery.eventId,
    timestamp: Math.floor(attemptedAt.getTime() / 1000),
    body: webhookBody(delivery.payload),
    timeoutMs,
  });
  const ok = response.status !== null && response.status >= 200 && response.status < 300;
  return { ok, responseStatus: response.status, responseBody: response.body, error: response.error, durationMs: response.durationMs, attemptedAt };
}

async function eachWithLimit<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++]!);
  });
  await Promise.all(lanes);
}

export interface RunningWorker {
  /** Finishes the round in progress, then resolves. */
  stop(): Promise<void>;
}

/** Runs rounds until stopped: straight on while there is work, pausing `idleMs` when there is none. */
export function startWebhookWorker(options: WebhookWorkerOptions & { log?: (message: string, error?: unknown) => void } = {}): RunningWorker {
  const idleMs = options.idleMs ?? DEFAULTS.idleMs;
  const log = options.log ?? ((message, error) => console.error(message, error ?? ""));
  let stopping = false;
  let wake: (() => void) | undefined;
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  const loop = (async () => {
    let failures = 0;
    while (!stopping) {
      try {
        const round = await runWebhookWorkerOnce(options);
        failures = 0;
        if (round.fannedOut === 0 && round.attempted === 0) await pause(idleMs);
      } catch (error) {
        failures += 1;
        log("webhook worker: round failed; retrying", error);
        await pause(Math.min(30_000, 1_000 * 2 ** Math.min(failures, 5)));
      }
    }
  })();
  return {
    async stop() {
      stopping = true;
      wake?.();
      await loop;
    },
  };
}
