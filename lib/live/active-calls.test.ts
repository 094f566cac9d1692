import { describe, expect, it } from "vitest";
import { activeCallList, activeCallsFrom, applyCallUpdate } from "./active-calls";
import type { LiveCall } from "./live-event";

const call = (id: string, status: LiveCall["status"], version: number, startTime = "2026-11-25T10:00:00.000Z"): LiveCall => ({
  id,
  sessionId: `S-${id}`,
  status,
  direction: "inbound",
  phoneNumber: null,
  customer: null,
  startTime,
  endTime: null,
  duration: null,
  version,
});

describe("active calls of the live panel", () => {
  it("adds an opened call, removes it when it ends, newest first", () => {
    let state = activeCallsFrom([call("a", "active", 0, "2026-11-25T09:00:00.000Z")]);
    state = applyCallUpdate(state, call("b", "active", 1));
    expect(activeCallList(state).map((c) => c.id)).toEqual(["b", "a"]);
    state = applyCallUpdate(state, call("a", "completed", 2));
    expect(activeCallList(state).map((c) => c.id)).toEqual(["b"]);
  });

  it("ignores a stale update that overtook a newer one (an ended call never comes back)", () => {
    let state = activeCallsFrom([]);
    state = applyCallUpdate(state, call("a", "missed", 2));
    state = applyCallUpdate(state, call("a", "active", 1));
    expect(activeCallList(state)).toEqual([]);
    const same = applyCallUpdate(state, call("a", "missed", 2));
    expect(same).toBe(state);
  });
});
