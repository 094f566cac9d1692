import Redis from "ioredis";
import { tenantChannel, tenantOfChannel, type LiveTransport, type TransportSink } from "./live-transport";

/**
 * Redis pub/sub (REDIS_URL): a subscriber connection (SUBSCRIBE mode allows
 * nothing else) and a publisher connection. ioredis reconnects both and
 * re-subscribes by itself; after a reconnect listeners resync, as messages
 * published meanwhile are lost.
 */
export function redisTransport(url: string, sink: TransportSink): LiveTransport {
  const subscriber = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: null, connectionName: "crm-live-sub" });
  // No offline queue: a publish while Redis is away fails at once and is dropped (never waits).
  const publisher = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: 1_000, connectionName: "crm-live-pub" });
  const report = (error: Error) => console.error("live (redis):", error.message);
  subscriber.on("error", report);
  publisher.on("error", report);
  let readyOnce = false;
  subscriber.on("ready", () => {
    if (readyOnce) sink.resync();
    readyOnce = true;
  });
  subscriber.on("message", (channel: string, message: string) => {
    const tenantId = tenantOfChannel(channel);
    if (tenantId) sink.deliver(tenantId, message);
  });
  return {
    name: "redis",
    async publish(tenantId, message) {
      await publisher.publish(tenantChannel(tenantId), message);
    },
    listen(tenantId) {
      subscriber.subscribe(tenantChannel(tenantId)).catch(report);
    },
    unlisten(tenantId) {
      subscriber.unsubscribe(tenantChannel(tenantId)).catch(report);
    },
    async close() {
      subscriber.disconnect();
      publisher.disconnect();
    },
  };
}
