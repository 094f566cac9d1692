/**
 * Carries serialized live events between app instances. Every instance
 * listens only to the tenants its own browsers watch; a message published on
 * one instance reaches the listeners of that tenant on every instance,
 * including the publisher itself (so there is one delivery path).
 */
export interface LiveTransport {
  readonly name: "memory" | "postgres" | "redis";
  /** Sends one message; rejects when it cannot (the bus counts it as dropped). */
  publish(tenantId: string, message: string): Promise<void>;
  /** Starts receiving a tenant's messages (idempotent). */
  listen(tenantId: string): void;
  unlisten(tenantId: string): void;
  close(): Promise<void>;
}

/** How the transport hands received messages (and connection changes) to the bus. */
export interface TransportSink {
  deliver(tenantId: string, message: string): void;
  /** The connection was lost and is back: messages may have been missed, listeners must re-read their state. */
  resync(): void;
}

/** One channel name per tenant, valid as a PostgreSQL identifier and a Redis channel (tenant ids are UUIDs). */
export function tenantChannel(tenantId: string): string {
  return `crm_live_${tenantId.replace(/-/g, "").toLowerCase()}`;
}

export function tenantOfChannel(channel: string): string | null {
  const hex = /^crm_live_([0-9a-f]{32})$/.exec(channel)?.[1];
  return hex ? `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}` : null;
}
