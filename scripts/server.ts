// The app's HTTP server (started by scripts/start.ts): Next's request handler
// behind a node:http server of our own (lib/http/app-server.ts), for what
// `next start` cannot do:
// - the client address comes from the socket (X-Forwarded-* only from
//   TRUST_PROXY_HOPS trusted proxies), handed to route handlers in a header
//   no client can set;
// - one ordered shutdown on SIGTERM/SIGINT: stop accepting, drain the requests
//   in flight, close Next, close the database, exit. NEXT_MANUAL_SIG_HANDLE
//   tells Next and our database client to leave the signals to us.
import next from "next";
import { envPositiveInt } from "@/lib/config/env";
import { closeDb } from "@/lib/db/client";
import { createAppServer } from "@/lib/http/app-server";
import { trustClientAddressHeader, trustedProxyHops } from "@/lib/http/client-address";
import { stopInProcessWorker } from "@/lib/jobs/in-process-worker";
import { disconnectLiveListeners, stopLiveBus } from "@/lib/live/live-bus";

process.env.NEXT_MANUAL_SIG_HANDLE = "1";
const dev = process.argv.includes("--dev");
const port = envPositiveInt("PORT", 3000);

async function main(): Promise<void> {
  const app = next({ dev, dir: process.cwd(), hostname: "localhost", port });
  await app.prepare();
  trustClientAddressHeader();
  const { server, shutdown } = createAppServer({
    handle: app.getRequestHandler(),
    hops: trustedProxyHops(),
    drainMs: envPositiveInt("SHUTDOWN_DRAIN_MS", 10_000),
    // The webhook worker (started by instrumentation.ts) finishes its round before the database closes.
    closeSteps: [() => app.close(), () => stopInProcessWorker(), () => stopLiveBus(), () => closeDb()],
  });
  server.listen(port, () => console.log(`Ready on http://localhost:${port}`));
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.on(signal, () => {
      disconnectLiveListeners(); // open event streams would hold the drain until its timeout
      void shutdown(signal).finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
    });
  }
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  await closeDb().catch(() => undefined);
  process.exit(1);
});
