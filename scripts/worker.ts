// npm run worker: delivers webhooks from the outbox, apart from the app, so
// app servers and workers scale separately (run the app with WEBHOOK_WORKER=0
// then, or not: several workers never deliver one attempt twice at once).
// Needs PostgreSQL (DATABASE_URL): the embedded database belongs to one
// process, and there `npm start` already runs the worker inside the app.
import { closeDb, isEmbedded } from "@/lib/db/client";
import { startWebhookWorker } from "@/lib/jobs/webhook-worker";

if (isEmbedded()) {
  console.error("npm run worker needs DATABASE_URL (PostgreSQL). With the embedded database, `npm start` runs the worker inside the app.");
  process.exit(1);
}
const worker = startWebhookWorker({ log: (message, error) => console.error(new Date().toISOString(), message, error ?? "") });
console.log("Webhook worker running. Ctrl-C to stop.");
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void worker
      .stop()
      .then(() => closeDb())
      .finally(() => process.exit(0));
  });
}
