import pg from "pg";
import { tenantChannel, tenantOfChannel, type LiveTransport, type TransportSink } from "./live-transport";

const RETRY_MIN_MS = 500;
const RETRY_MAX_MS = 15_000;
/** A silent dead connection (no FIN, e.g. a failover) is noticed by this ping. */
const PING_MS = 20_000;
/** NOTIFY payloads are limited to 8000 bytes. */
export const MAX_NOTIFY_BYTES = 7_900;

/**
 * PostgreSQL LISTEN/NOTIFY: one dedicated connection per app instance (not
 * from the pool the requests use), LISTENing to the channels of the tenants
 * its browsers watch and sending NOTIFYs. When it drops, it reconnects with
 * back-off, LISTENs again and asks every listener to resync (notifications
 * sent while it was away are lost: that is what NOTIFY promises).
 */
export function postgresTransport(connectionString: string, sink: TransportSink): LiveTransport {
  const channels = new Set<string>();
  let client: pg.Client | null = null;
  let connecting: Promise<pg.Client> | null = null;
  let closed = false;
  let retryMs = RETRY_MIN_MS;
  let everConnected = false;
  let ping: NodeJS.Timeout | undefined;
  let retry: NodeJS.Timeout | undefined;

  const lost = (broken: pg.Client) => {
    if (client !== broken) return;
    client = null;
    clearInterval(ping);
    broken.removeAllListeners("notification");
    broken.end().catch(() => undefined);
    if (!closed) scheduleConnect();
  };

  const scheduleConnect = () => {
    if (retry || closed) return;
    retry = setTimeout(() => {
      retry = undefined;
      connect().catch(() => undefined);
    }, retryMs);
    retry.unref();
    retryMs = Math.min(retryMs * 2, RETRY_MAX_MS);
  };

  const connect = (): Promise<pg.Client> => {
    if (client) return Promise.resolve(client);
    connecting ??= (async () => {
      const next = new pg.Client({ connectionString, keepAlive: true, application_name: "crm-live", connectionTimeoutMillis: 5_000 });
      next.on("error", (error: Error) => {
        console.error("live (postgres):", error.message);
        lost(next);
      });
      next.on("end", () => lost(next));
      next.on("notification", (message) => {
        const tenantId = tenantOfChannel(message.channel);
        if (tenantId && message.payload) sink.deliver(tenantId, message.payload);
      });
      try {
        await next.connect();
        for (const channel of channels) await next.query(`LISTEN ${channel}`);
      } catch (error) {
        next.removeAllListeners();
        next.on("error", () => undefined);
        await next.end().catch(() => undefined);
        throw error;
      }
      if (closed) {
        await next.end().catch(() => undefined);
        throw new Error("live transport closed");
      }
      client = next;
      retryMs = RETRY_MIN_MS;
      ping = setInterval(() => void next.query("SELECT 1").catch(() => lost(next)), PING_MS);
      ping.unref();
      if (everConnected) sink.resync();
      everConnected = true;
      return next;
    })()
      .catch((error: unknown) => {
        console.error("live (postgres): cannot connect:", error instanceof Error ? error.message : error);
        scheduleConnect();
        throw error;
      })
      .finally(() => {
        connecting = null;
      });
    return connecting;
  };

  return {
    name: "postgres",
    async publish(tenantId, message) {
      if (Buffer.byteLength(message) > MAX_NOTIFY_BYTES) throw new Error("live event too large for NOTIFY");
      const connection = await connect();
      await connection.query("SELECT pg_notify($1, $2)", [tenantChannel(tenantId), message]);
    },
    listen(tenantId) {
      const channel = tenantChannel(tenantId);
      if (channels.has(channel)) return;
      channels.add(channel);
      // Not yet connected: connect() LISTENs to every channel in the set.
      if (client) client.query(`LISTEN ${channel}`).catch(() => undefined);
      else connect().catch(() => undefined);
    },
    unlisten(tenantId) {
      const channel = tenantChannel(tenantId);
      if (!channels.delete(channel)) return;
      client?.query(`UNLISTEN ${channel}`).catch(() => undefined);
    },
    async close() {
      closed = true;
      clearTimeout(retry);
      clearInterval(ping);
      const open = client;
      client = null;
      await open?.end().catch(() => undefined);
    },
  };
}
