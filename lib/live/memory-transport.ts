import type { LiveTransport, TransportSink } from "./live-transport";

/** One process (the embedded database, or a single instance): delivery on the next tick, never inside the publisher's call. */
export function memoryTransport(sink: TransportSink): LiveTransport {
  return {
    name: "memory",
    async publish(tenantId, message) {
      setImmediate(() => sink.deliver(tenantId, message));
    },
    listen() {},
    unlisten() {},
    async close() {},
  };
}
