// npm run bench:live — the live bus on its own (no app, no browser), over PostgreSQL LISTEN/NOTIFY:
//   1. publish() cost: how long the caller (log-call, after its commit) is held per event;
//   2. fan-out: BENCH_STREAMS SSE streams of one tenant on instance B (read as fast as they come) and
//      one stream that is never read; BENCH_EVENTS events published on instance A, BENCH_GAP_MS apart;
//      per event, the time until every read stream has it (p50/p99/max), and what became of the unread one.
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/test npx tsx bench/live-fanout.ts
import { randomUUID } from "node:crypto";
import { LiveBus } from "@/lib/live/live-bus";
import type { CallUpdatedEvent } from "@/lib/live/live-event";
import { memoryTransport } from "@/lib/live/memory-transport";
import { postgresTransport } from "@/lib/live/postgres-transport";
import { liveEventStream } from "@/lib/live/sse-stream";

const url = process.env.DATABASE_URL;
const streams = Number(process.env.BENCH_STREAMS ?? 200);
const events = Number(process.env.BENCH_EVENTS ?? 200);
const gapMs = Number(process.env.BENCH_GAP_MS ?? 10);

function event(tenantId: string, n: number): CallUpdatedEvent {
  const at = new Date().toISOString();
  return {
    type: "call.updated",
    tenantId,
    event: "connected",
    created: true,
    at,
    call: {
      id: randomUUID(),
      sessionId: `BENCH-${n}`,
      status: "active",
      direction: "inbound",
      phoneNumber: "+15550100",
      customer: { customerId: "C1", name: "Bench Caller" },
      startTime: at,
      endTime: null,
      duration: null,
      version: 1,
    },
  };
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const ms = (n: number) => `${n.toFixed(1)} ms`;
const us = (n: number) => `${(n * 1000).toFixed(0)} µs`;

async function main(): Promise<void> {
  if (!url?.startsWith("postgres")) throw new Error("DATABASE_URL must be a PostgreSQL server");

  // 1. publish() cost, transport excluded (in-process, nobody listening) and included (PostgreSQL).
  const local = new LiveBus(memoryTransport);
  const tenant = randomUUID();
  let started = performance.now();
  for (let i = 0; i < 1_000; i++) local.publish(event(tenant, i)); // within the bound of pending publishes
  console.log(`publish() in-process: ${(((performance.now() - started) / 1_000) * 1000).toFixed(2)} µs per event (1,000 events)`);
  await local.close();

  const a = new LiveBus((sink) => postgresTransport(url, sink));
  const b = new LiveBus((sink) => postgresTransport(url, sink));
  const decoder = new TextDecoder();
  const seen: Map<string, number>[] = [];
  const readers: Promise<void>[] = [];
  for (let s = 0; s < streams; s++) {
    const got = new Map<string, number>();
    seen.push(got);
    const reader = liveEventStream(b, {
      tenantId: tenant,
      topics: new Set(["calls"]),
      lastEventId: null,
      signal: new AbortController().signal,
      snapshot: async () => ({}),
    }).getReader();
    readers.push(
      (async () => {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          for (const match of decoder.decode(value).matchAll(/"sessionId":"(BENCH-\d+)"/g)) got.set(match[1]!, performance.now());
        }
      })(),
    );
  }
  // Never read: its queue fills and it is cut off.
  liveEventStream(b, {
    tenantId: tenant,
    topics: new Set(["calls"]),
    lastEventId: null,
    signal: new AbortController().signal,
    snapshot: async () => ({}),
    maxBufferedBytes: 16_384,
  });
  await new Promise((resolve) => setTimeout(resolve, 500)); // LISTEN issued

  const sentAt = new Map<string, number>();
  const publishCost: number[] = [];
  for (let n = 0; n < events; n++) {
    const e = event(tenant, n);
    started = performance.now();
    a.publish(e);
    publishCost.push(performance.now() - started);
    sentAt.set(e.call.sessionId, started);
    await new Promise((resolve) => setTimeout(resolve, gapMs));
  }
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const latencies: number[] = [];
  let missing = 0;
  for (const [sid, at] of sentAt) {
    const arrivals = seen.map((got) => got.get(sid));
    if (arrivals.some((t) => t === undefined)) missing++;
    else latencies.push(Math.max(...(arrivals as number[])) - at);
  }
  latencies.sort((x, y) => x - y);
  publishCost.sort((x, y) => x - y);
  console.log(
    `publish() over PostgreSQL: p50 ${us(quantile(publishCost, 0.5))}, p99 ${us(quantile(publishCost, 0.99))} (the caller's cost; NOTIFY runs after it returns)`,
  );
  console.log(
    `fan-out to ${streams} streams on another instance: ${events} events ${gapMs} ms apart; until the last stream has it: p50 ${ms(quantile(latencies, 0.5))}, p99 ${ms(quantile(latencies, 0.99))}, max ${ms(latencies.at(-1)!)}; events some stream missed: ${missing}`,
  );
  console.log(`instance B after the run: ${JSON.stringify(b.stats())} (the unread stream was cut off: ${b.stats().listeners === streams ? "yes" : "no"})`);
  console.log(`instance A: ${JSON.stringify(a.stats())}`);
  await Promise.all([a.close(), b.close()]);
  await Promise.all(readers);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
