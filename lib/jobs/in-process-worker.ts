import { startWebhookWorker, type RunningWorker } from "./webhook-worker";

// One worker per process, whatever calls register() (dev reloads, several route bundles).
const globalForWorker = globalThis as typeof globalThis & { __crmWebhookWorker?: RunningWorker };

/**
 * Starts the webhook worker inside the app process (instrumentation.ts), so
 * `npm start` delivers webhooks with no second command. On the embedded
 * database this is the only way: PGlite is single-process. On PostgreSQL,
 * WEBHOOK_WORKER=0 leaves delivery to separate `npm run worker` processes.
 */
export function startInProcessWorker(): void {
  if (globalForWorker.__crmWebhookWorker) return;
  globalForWorker.__crmWebhookWorker = startWebhookWorker();
}

/** For an ordered shutdown: finishes the round in flight (unfinished claims are retried by lease anyway). */
export async function stopInProcessWorker(): Promise<void> {
  const worker = globalForWorker.__crmWebhookWorker;
  globalForWorker.__crmWebhookWorker = undefined;
  await worker?.stop();
}
