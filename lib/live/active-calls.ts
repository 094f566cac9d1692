import type { LiveCall } from "./live-event";

/** The live panel's state: the active calls, and the newest version seen of every call (ended ones too). */
export interface ActiveCalls {
  active: ReadonlyMap<string, LiveCall>;
  seen: ReadonlyMap<string, number>;
}

/** A snapshot (at connect or after a resync) replaces everything. */
export function activeCallsFrom(calls: readonly LiveCall[]): ActiveCalls {
  return {
    active: new Map(calls.filter((c) => c.status === "active").map((c) => [c.id, c])),
    seen: new Map(calls.map((c) => [c.id, c.version])),
  };
}

/**
 * One call.updated: an active call is added or updated, an ended one leaves.
 * A version no newer than one already seen is ignored, so notifications that
 * overtake each other cannot bring an ended call back.
 */
export function applyCallUpdate(state: ActiveCalls, call: LiveCall): ActiveCalls {
  const seen = state.seen.get(call.id);
  if (seen !== undefined && call.version !== 0 && seen >= call.version) return state;
  const active = new Map(state.active);
  if (call.status === "active") active.set(call.id, call);
  else active.delete(call.id);
  return { active, seen: new Map(state.seen).set(call.id, Math.max(seen ?? 0, call.version)) };
}

/** Newest first. */
export function activeCallList(state: ActiveCalls): LiveCall[] {
  return [...state.active.values()].sort((a, b) => b.startTime.localeCompare(a.startTime) || b.id.localeCompare(a.id));
}
