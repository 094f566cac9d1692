import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { LiveBus, type LiveSignal } from "./live-bus";
import type { CallUpdatedEvent } from "./live-event";
import { memoryTransport } from "./memory-transport";
import { postgresTransport } from "./postgres-transport";
import { redisTransport } from "./redis-transport";
import { liveEventStream } from "./sse-stream";

const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

function callEvent(tenantId: string, sessionId = "CA-1", status: "active" | "completed" = "active"): CallUpdatedEvent {
  const at = new Date().toISOString();
  return {
    type: "call.updated",
    tenantId,
    event: status === "active" ? "connected" : "callEnded",
    created: status === "active",
    at,
    call: {
      id: randomUUID(),
      sessionId,
      status,
      direction: "outbound",
      phoneNumber: "+15550100",
      customer: null,
      startTime: at,
      endTime: null,
      duration: null,
      version: 1,
    },
  };
}

/** Resolves with the first `count` signals a tenant's listener gets on `bus`. */
function collect(bus: LiveBus, tenantId: string, count: number, timeoutMs = 3_000): Promise<LiveSignal[]> {
  return new Promise((resolve, reject) => {
    const got: LiveSignal[] = [];
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`got ${got.length} of ${count} signals`));
    }, timeoutMs);
    const stop = bus.subscribe(tenantId, (signal) => {
      got.push(signal);
      if (got.length === count) {
        clearTimeout(timer);
        stop();
        resolve(got);
      }
    });
  });
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const buses: LiveBus[] = [];
afterEach(async () => {
  await Promise.all(buses.splice(0).map((bus) => bus.close()));
});
function bus(make: ConstructorParameters<typeof LiveBus>[0]): LiveBus {
  const created = new LiveBus(make);
  buses.push(created);
  return created;
}

describe("live bus", () => {
  it("in process: publish returns before delivery, and only the event's tenant hears it", async () => {
    const local = bus(memoryTransport);
    const [a, b] = [randomUUID(), randomUUID()];
    const heardByB: LiveSignal[] = [];
    local.subscribe(b, (signal) => heardByB.push(signal));
    let delivered = false;
    const heard = collect(local, a, 1).then((signals) => ((delivered = true), signals));
    local.publish(callEvent(a));
    expect(delivered).toBe(false); // never inside the publisher's call
    const [signal] = await heard;
    expect(signal).toMatchObject({ kind: "event", event: { tenantId: a, call: { sessionId: "CA-1" } } });
    await wait(20);
    expect(heardByB).toEqual([]);
  });

  it("PostgreSQL LISTEN/NOTIFY: an event published by one instance reaches another instance's listener", async () => {
    const url = process.env.DATABASE_URL!;
    const instanceA = bus((sink) => postgresTransport(url, sink));
    const instanceB = bus((sink) => postgresTransport(url, sink));
    const [tenant, other] = [randomUUID(), randomUUID()];
    const heardByOther: LiveSignal[] = [];
    instanceB.subscribe(other, (signal) => heardByOther.push(signal));
    const heard = collect(instanceB, tenant, 2);
    await wait(300); // LISTEN issued
    instanceA.publish(callEvent(tenant, "CA-pg"));
    instanceA.publish(callEvent(tenant, "CA-pg", "completed"));
    const signals = await heard;
    expect(signals.map((s) => (s.kind === "event" && s.event.type === "call.updated" ? s.event.call.status : s.kind))).toEqual(["active", "completed"]);
    expect(heardByOther).toEqual([]);
    await expect.poll(() => instanceA.stats()).toMatchObject({ transport: "postgres", published: 2, dropped: 0 });
  });

  it("PostgreSQL: the listener connection reconnects after it is killed, asks listeners to resync, and delivers again", async () => {
    const url = process.env.DATABASE_URL!;
    const instance = bus((sink) => postgresTransport(url, sink));
    const tenant = randomUUID();
    const signals: LiveSignal[] = [];
    instance.subscribe(tenant, (signal) => signals.push(signal));
    await wait(300);
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'crm-live' AND datname = current_database() AND query LIKE 'LISTEN%'`,
    );
    await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'crm-live' AND datname = current_database()`);
    await admin.end();
    await expect.poll(() => signals.some((s) => s.kind === "resync"), { timeout: 5_000 }).toBe(true);
    instance.publish(callEvent(tenant, "CA-after"));
    await expect.poll(() => signals.some((s) => s.kind === "event"), { timeout: 3_000 }).toBe(true);
  });

  it("Redis pub/sub: an event published by one instance reaches another instance's listener", async () => {
    const instanceA = bus((sink) => redisTransport(REDIS_URL, sink));
    const instanceB = bus((sink) => redisTransport(REDIS_URL, sink));
    const tenant = randomUUID();
    const heard = collect(instanceB, tenant, 1);
    await wait(300);
    instanceA.publish(callEvent(tenant, "CA-redis"));
    const [signal] = await heard;
    expect(signal).toMatchObject({ kind: "event", event: { call: { sessionId: "CA-redis" } } });
  });

  it("back-pressure: a stalled transport drops publishes beyond the bound instead of waiting", async () => {
    const stalled = bus(() => ({
      name: "postgres",
      publish: () => new Promise<void>(() => undefined),
      listen() {},
      unlisten() {},
      async close() {},
    }));
    const started = performance.now();
    for (let i = 0; i < 1_500; i++) stalled.publish(callEvent(randomUUID()));
    expect(performance.now() - started).toBeLessThan(500);
    expect(stalled.stats()).toMatchObject({ pending: 1_000, dropped: 500 });
  });
});

describe("live event stream (SSE)", () => {
  const decoder = new TextDecoder();
  async function readUntil(reader: ReadableStreamDefaultReader<Uint8Array>, pattern: RegExp): Promise<string> {
    let text = "";
    while (!pattern.test(text)) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value);
    }
    return text;
  }

  it("sends retry, a snapshot first, then the tenant's events of its topics with ids; Last-Event-ID marks the snapshot resumed", async () => {
    const local = bus(memoryTransport);
    const tenant = randomUUID();
    const abort = new AbortController();
    const stream = liveEventStream(local, {
      tenantId: tenant,
      topics: new Set(["calls"]),
      lastEventId: "x-1",
      signal: abort.signal,
      snapshot: async () => ({ activeCalls: [] }),
    });
    const reader = stream.getReader();
    const head = await readUntil(reader, /event: snapshot/);
    expect(head).toMatch(/^retry: \d+\n\n/);
    expect(head).toMatch(/id: [\w-]+\nevent: snapshot\ndata: \{"activeCalls":\[\],"resumed":true/);
    local.publish({ type: "scheduled-calls.dialled", tenantId: tenant, scheduledCallIds: [], leadIds: [], callId: "c", sessionId: "s", at: "" });
    local.publish(callEvent(tenant, "CA-sse"));
    const next = await readUntil(reader, /CA-sse/);
    expect(next).not.toContain("scheduled-calls.dialled"); // not a subscribed topic
    expect(next).toMatch(/id: [\w-]+\nevent: call.updated\ndata: \{.*"sessionId":"CA-sse"/);
    abort.abort();
    await expect.poll(() => local.stats().listeners).toBe(0);
  });

  it("a browser that goes away (its reader cancels) stops listening", async () => {
    const local = bus(memoryTransport);
    const stream = liveEventStream(local, {
      tenantId: randomUUID(),
      topics: new Set(["calls"]),
      lastEventId: null,
      signal: new AbortController().signal,
      snapshot: async () => ({ activeCalls: [] }),
    });
    const reader = stream.getReader();
    await readUntil(reader, /event: snapshot/);
    expect(local.stats().listeners).toBe(1);
    await reader.cancel();
    expect(local.stats().listeners).toBe(0);
  });

  it("a browser that does not read is cut off once its buffer is full; publishing never waits for it", async () => {
    const local = bus(memoryTransport);
    const tenant = randomUUID();
    const stream = liveEventStream(local, {
      tenantId: tenant,
      topics: new Set(["calls"]),
      lastEventId: null,
      signal: new AbortController().signal,
      snapshot: async () => ({ activeCalls: [] }),
      maxBufferedBytes: 4_096,
    });
    await wait(20);
    expect(local.stats().listeners).toBe(1);
    const started = performance.now();
    for (let i = 0; i < 200; i++) local.publish(callEvent(tenant, `CA-slow-${i}`));
    expect(performance.now() - started).toBeLessThan(200);
    await expect.poll(() => local.stats().listeners).toBe(0); // unsubscribed: the stream was closed
    const reader = stream.getReader();
    let bytes = 0;
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
    }
    expect(bytes).toBeLessThanOrEqual(4_096);
  });
});
