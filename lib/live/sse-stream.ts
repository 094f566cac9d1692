import { LIVE_TOPICS, type LiveTopic } from "./live-event";
import type { LiveBus, LiveSignal } from "./live-bus";

export interface LiveStreamOptions {
  tenantId: string;
  topics: ReadonlySet<LiveTopic>;
  /** The browser's Last-Event-ID when it reconnects (EventSource sends it by itself). */
  lastEventId: string | null;
  /** The current state, sent first (and again after a resync) as the `snapshot` event. */
  snapshot: () => Promise<object>;
  /** The request's signal: the browser went away. */
  signal: AbortSignal;
  heartbeatMs?: number;
  /** A client whose unread data exceeds this is cut off (it reconnects and gets a fresh snapshot). */
  maxBufferedBytes?: number;
}

export const HEARTBEAT_MS = 15_000;
export const MAX_BUFFERED_BYTES = 256 * 1024;
/** How long EventSource waits before reconnecting (sent as `retry:`). */
const RETRY_MS = 1_500;

// Event ids: this process's start and a counter. They only need to be unique: on resume the
// stream answers with a fresh snapshot (the state), not a replay (NOTIFY keeps no history).
const globalForIds = globalThis as typeof globalThis & { __crmLiveIds?: { boot: string; next: number } };
function nextEventId(): string {
  const ids = (globalForIds.__crmLiveIds ??= { boot: Date.now().toString(36), next: 0 });
  return `${ids.boot}-${++ids.next}`;
}

/**
 * A server-sent-events stream of one tenant's live events. Back-pressure: the
 * bus calls the listener synchronously and the listener only enqueues bytes;
 * when a browser reads too slowly and its queue passes maxBufferedBytes it is
 * disconnected instead of buffering without bound (nothing upstream waits).
 */
export function liveEventStream(bus: LiveBus, options: LiveStreamOptions): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const limit = options.maxBufferedBytes ?? MAX_BUFFERED_BYTES;
  let finished = false;
  let unsubscribe = () => undefined as void;
  let heartbeat: NodeJS.Timeout | undefined;
  // Events that arrive while a snapshot is being read go out after it (the client applies them by version).
  let held: string[] | null = [];

  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        const finish = () => {
          if (finished) return;
          finished = true;
          clearInterval(heartbeat);
          unsubscribe();
          options.signal.removeEventListener("abort", finish);
          try {
            controller.close();
          } catch {
            // already closed or cancelled
          }
        };
        const write = (text: string) => {
          if (finished) return;
          const bytes = encoder.encode(text);
          if ((controller.desiredSize ?? 0) < bytes.byteLength) {
            finish(); // too slow: cut off, it comes back with Last-Event-ID and gets a snapshot
            return;
          }
          controller.enqueue(bytes);
        };
        const frame = (name: string, data: object) => `id: ${nextEventId()}\nevent: ${name}\ndata: ${JSON.stringify(data)}\n\n`;

        const sendSnapshot = (resumed: boolean) => {
          held ??= [];
          options
            .snapshot()
            .then((state) => {
              write(frame("snapshot", { ...state, resumed, at: new Date().toISOString() }));
              const pending = held ?? [];
              held = null;
              for (const text of pending) write(text);
            })
            .catch((error: unknown) => {
              console.error("live snapshot failed:", error);
              finish();
            });
        };

        const onSignal = (signal: LiveSignal) => {
          if (signal.kind === "closing") return finish();
          if (signal.kind === "resync") return sendSnapshot(true);
          if (!options.topics.has(LIVE_TOPICS[signal.event.type])) return;
          const text = frame(signal.event.type, signal.event);
          if (held) {
            if (held.length >= 1_000) return finish();
            held.push(text);
          } else write(text);
        };

        options.signal.addEventListener("abort", finish);
        if (options.signal.aborted) return finish();
        write(`retry: ${RETRY_MS}\n\n`);
        unsubscribe = bus.subscribe(options.tenantId, onSignal);
        sendSnapshot(options.lastEventId !== null);
        heartbeat = setInterval(() => write(`: heartbeat ${Date.now()}\n\n`), options.heartbeatMs ?? HEARTBEAT_MS);
        heartbeat.unref();
      },
      cancel() {
        finished = true;
        clearInterval(heartbeat);
        unsubscribe();
      },
    },
    { highWaterMark: limit, size: (chunk) => chunk.byteLength },
  );
}
