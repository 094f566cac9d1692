"use client";

import { useEffect, useRef, useState } from "react";
import type { LiveEvent, LiveTopic } from "@/lib/live/live-event";

export type LiveStatus = "connecting" | "live" | "reconnecting" | "closed";

export interface LiveHandlers<Snapshot> {
  /** The state at (re)connection: replace what you hold with it. */
  onSnapshot?(snapshot: Snapshot & { resumed: boolean; at: string }): void;
  onEvent?(event: LiveEvent): void;
}

const EVENT_NAMES: LiveEvent["type"][] = ["call.updated", "scheduled-calls.dialled", "scheduled-calls.changed"];

/**
 * The signed-in user's live events (GET /api/live, server-sent events).
 * EventSource reconnects by itself and sends Last-Event-ID; the server then
 * answers with a fresh snapshot. Returns the connection status for a badge.
 */
export function useLiveEvents<Snapshot = object>(topics: readonly LiveTopic[], handlers: LiveHandlers<Snapshot>): LiveStatus {
  const [status, setStatus] = useState<LiveStatus>("connecting");
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  const topicList = topics.join(",");

  useEffect(() => {
    const source = new EventSource(`/api/live?topics=${encodeURIComponent(topicList)}`);
    source.addEventListener("open", () => setStatus("live"));
    source.addEventListener("error", () => setStatus(source.readyState === EventSource.CLOSED ? "closed" : "reconnecting"));
    source.addEventListener("snapshot", (message) => {
      setStatus("live");
      latest.current.onSnapshot?.(JSON.parse((message as MessageEvent<string>).data) as Snapshot & { resumed: boolean; at: string });
    });
    for (const name of EVENT_NAMES) {
      source.addEventListener(name, (message) => latest.current.onEvent?.(JSON.parse((message as MessageEvent<string>).data) as LiveEvent));
    }
    return () => source.close();
  }, [topicList]);

  return status;
}
