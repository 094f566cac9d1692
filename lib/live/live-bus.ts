import { databaseTarget } from "@/lib/db/database-url";
import { LIVE_TOPICS, type LiveEvent } from "./live-event";
import type { LiveTransport, TransportSink } from "./live-transport";
import { memoryTransport } from "./memory-transport";
import { postgresTransport } from "./postgres-transport";
import { redisTransport } from "./redis-transport";

/** What a subscriber receives: an event of its tenant, "re-read your state" (the transport reconnected), or "the instance is stopping". */
export type LiveSignal = { kind: "event"; event: LiveEvent } | { kind: "resync" } | { kind: "closing" };
export type LiveListener = (signal: LiveSignal) => void;

/** Publishes waiting for the transport beyond this are dropped: a stalled transport never piles up memory or slows a request. */
export const MAX_PENDING_PUBLISHES = 1_000;

export interface LiveBusStats {
  transport: LiveTransport["name"];
  published: number;
  dropped: number;
  pending: number;
  tenants: number;
  listeners: number;
}

/**
 * The live bus of one app instance: publish() hands an event to the transport
 * and returns at once (fire-and-forget, bounded); subscribe() registers a
 * listener for one tenant, and the transport listens to that tenant only
 * while someone here does.
 */
export class LiveBus {
  private readonly listeners = new Map<string, Set<LiveListener>>();
  private readonly transport: LiveTransport;
  private readonly counts = { published: 0, dropped: 0, pending: 0 };

  constructor(makeTransport: (sink: TransportSink) => LiveTransport) {
    this.transport = makeTransport({ deliver: (tenantId, message) => this.deliver(tenantId, message), resync: () => this.resync() });
  }

  /** Never throws, never waits: the caller (log-call, after its commit) goes on at once. */
  publish(event: LiveEvent): void {
    if (this.counts.pending >= MAX_PENDING_PUBLISHES) {
      this.counts.dropped++;
      return;
    }
    let message: string;
    try {
      message = JSON.stringify(event);
    } catch {
      this.counts.dropped++;
      return;
    }
    this.counts.pending++;
    this.transport
      .publish(event.tenantId, message)
      .then(() => void this.counts.published++)
      .catch(() => void this.counts.dropped++)
      .finally(() => void this.counts.pending--);
  }

  subscribe(tenantId: string, listener: LiveListener): () => void {
    let set = this.listeners.get(tenantId);
    if (!set) {
      set = new Set();
      this.listeners.set(tenantId, set);
      this.transport.listen(tenantId);
    }
    set.add(listener);
    return () => {
      const current = this.listeners.get(tenantId);
      if (!current?.delete(listener) || current.size > 0) return;
      this.listeners.delete(tenantId);
      this.transport.unlisten(tenantId);
    };
  }

  stats(): LiveBusStats {
    let listeners = 0;
    for (const set of this.listeners.values()) listeners += set.size;
    return { transport: this.transport.name, ...this.counts, tenants: this.listeners.size, listeners };
  }

  /** Shutdown, first step: every local stream ends, so the drain does not wait for them. */
  disconnectListeners(): void {
    for (const set of this.listeners.values()) for (const listener of [...set]) callSafely(listener, { kind: "closing" });
  }

  async close(): Promise<void> {
    this.disconnectListeners();
    this.listeners.clear();
    await this.transport.close();
  }

  private deliver(tenantId: string, message: string): void {
    const set = this.listeners.get(tenantId);
    if (!set) return;
    let event: LiveEvent;
    try {
      event = JSON.parse(message) as LiveEvent;
    } catch {
      return;
    }
    // The channel names the tenant; an event naming another (or an unknown type) is not passed on.
    if (event.tenantId !== tenantId || !(event.type in LIVE_TOPICS)) return;
    for (const listener of [...set]) callSafely(listener, { kind: "event", event });
  }

  private resync(): void {
    for (const set of this.listeners.values()) for (const listener of [...set]) callSafely(listener, { kind: "resync" });
  }
}

function callSafely(listener: LiveListener, signal: LiveSignal): void {
  try {
    listener(signal);
  } catch (error) {
    console.error("live listener failed:", error);
  }
}

/**
 * The transport for this deployment: LIVE_TRANSPORT (memory | postgres |
 * redis) when set; else Redis when REDIS_URL is set, PostgreSQL
 * LISTEN/NOTIFY when DATABASE_URL is a server, the process itself for the
 * embedded database (one process by construction).
 */
export function chooseTransport(env: NodeJS.ProcessEnv = process.env): (sink: TransportSink) => LiveTransport {
  const target = databaseTarget(env.DATABASE_URL || undefined);
  const wanted = env.LIVE_TRANSPORT || (env.REDIS_URL ? "redis" : target.kind === "postgres" ? "postgres" : "memory");
  if (wanted === "redis" && env.REDIS_URL) return (sink) => redisTransport(env.REDIS_URL!, sink);
  if (wanted === "postgres" && target.kind === "postgres") return (sink) => postgresTransport(target.url, sink);
  return memoryTransport;
}

// One bus per process, on globalThis so every route bundle (log-call and the SSE route) shares it.
const globalForLive = globalThis as typeof globalThis & { __crmLiveBus?: LiveBus };

export function liveBus(): LiveBus {
  globalForLive.__crmLiveBus ??= new LiveBus(chooseTransport());
  return globalForLive.__crmLiveBus;
}

/** Publishes on this process's bus (created on first use). */
export function publishLive(event: LiveEvent): void {
  liveBus().publish(event);
}

/** Shutdown, before the drain: ends this instance's live streams (browsers reconnect to another instance). */
export function disconnectLiveListeners(): void {
  globalForLive.__crmLiveBus?.disconnectListeners();
}

/** Shutdown, last: closes the transport (the dedicated connection). */
export async function stopLiveBus(): Promise<void> {
  const bus = globalForLive.__crmLiveBus;
  globalForLive.__crmLiveBus = undefined;
  await bus?.close();
}
