import http from "node:http";
import { addressFromSocket, CLIENT_ADDRESS_HEADER } from "./client-address";

// Headers a client could forge; behind no trusted proxy they are dropped, so
// Next and next-auth see the socket's address, our Host and our protocol.
const FORWARDED = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-real-ip", "forwarded"];

export interface AppServerOptions {
  /** Next's request handler (or any). */
  handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void>;
  /** Trusted proxies in front (TRUST_PROXY_HOPS). */
  hops: number;
  /** How long shutdown waits for requests in flight before cutting them. */
  drainMs: number;
  /** Run in order once no request is left: close Next, then the database. */
  closeSteps: (() => Promise<void>)[];
  log?: (message: string) => void;
}

export interface AppServer {
  server: http.Server;
  /** Stop accepting, drain, run the close steps in order; resolves when all is closed. Idempotent. */
  shutdown(reason: string): Promise<void>;
}

/**
 * The app's HTTP server around Next's handler: the client address from the
 * socket (CLIENT_ADDRESS_HEADER, overwriting whatever a client sent), and one
 * ordered shutdown.
 */
export function createAppServer(options: AppServerOptions): AppServer {
  const log = options.log ?? console.log;
  let inFlight = 0;
  let drained: (() => void) | undefined;
  let stopping: Promise<void> | undefined;

  const server = http.createServer((req, res) => {
    inFlight++;
    res.on("close", () => {
      inFlight--;
      if (inFlight === 0) drained?.();
    });
    req.headers[CLIENT_ADDRESS_HEADER] = addressFromSocket(req.socket.remoteAddress, req.headers["x-forwarded-for"], options.hops);
    if (options.hops === 0) for (const name of FORWARDED) delete req.headers[name];
    if (stopping) res.setHeader("Connection", "close"); // keep-alive clients: this is the last answer
    options.handle(req, res).catch((error: unknown) => {
      console.error("request failed", error);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });

  const shutdown = (reason: string) => {
    stopping ??= (async () => {
      log(`${reason}: stopping (no new connections, draining ${inFlight} request(s))`);
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      if (inFlight > 0) {
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([
          new Promise<void>((resolve) => (drained = resolve)),
          new Promise<void>((resolve) => (timer = setTimeout(resolve, options.drainMs))),
        ]);
        clearTimeout(timer);
      }
      server.closeAllConnections();
      await closed;
      for (const step of options.closeSteps) {
        await step().catch((error: unknown) => console.error("shutdown step failed", error));
      }
    })();
    return stopping;
  };

  return { server, shutdown };
}
