// Next calls register() once when a server process starts (not during `next build`).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Webhook delivery runs in the app unless a deployment runs `npm run worker` processes instead.
  if (process.env.WEBHOOK_WORKER === "0") return;
  const { startInProcessWorker } = await import("./lib/jobs/in-process-worker");
  startInProcessWorker();
}
