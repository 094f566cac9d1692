// Webhook delivery benchmark and outage soak, on a fresh PostgreSQL database
// of its own (created, migrated and dropped).
//
//   npx tsx bench/webhook-delivery.ts [--events 5000] [--down-seconds 600] [--rate 20]
//
// 1. Throughput: N lead.created events in the outbox, one worker with its
//    default settings, a local node:http receiver answering 200: events/s.
// 2. Soak (with --down-seconds D): events are produced at --rate per second
//    while the receiver is down for D seconds (port closed: connection
//    refused), then for 10 s more with it back. The worker runs on the real
//    clock throughout; afterwards the retries still scheduled (5 min, 30 min…
//    away) are brought due by moving the worker's injectable clock to each
//    one's due time instead of waiting for it. Checks that every event
//    arrived, and counts duplicates.
// TEST_DATABASE_ADMIN_URL picks the server (default postgresql://postgres@127.0.0.1:5432/test).
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";

const { values } = parseArgs({
  options: {
    events: { type: "string", default: "5000" },
    "down-seconds": { type: "string", default: "0" },
    rate: { type: "string", default: "20" },
  },
});
const EVENTS = Number(values.events);
const DOWN_SECONDS = Number(values["down-seconds"]);
const RATE = Number(values.rate);
const ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/test";

const dbName = `crm_bench_webhooks_${Date.now()}_${randomBytes(3).toString("hex")}`;
const dbUrl = new URL(ADMIN_URL);
dbUrl.pathname = `/${dbName}`;
process.env.DATABASE_URL = dbUrl.toString();
process.env.WEBHOOK_ALLOW_PRIVATE_URLS = "1";
process.env.CRM_DATA_DIR ??= path.join(os.tmpdir(), "crm-bench-data");
process.env.ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString("base64");

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  await client.query(sql);
  await client.end();
}

async function main(): Promise<void> {
  await admin(`CREATE DATABASE "${dbName}"`);
  const { migrateDeploy } = await import("@/lib/db/migrate-deploy");
  await migrateDeploy(dbUrl.toString(), { quiet: true });
  const { getDb, closeDb } = await import("@/lib/db/client");
  const { createTenant } = await import("@/lib/crm/tenants/create-tenant");
  const { systemContext } = await import("@/lib/crm/context");
  const { createWebhook } = await import("@/lib/crm/webhooks/create-webhook");
  const { startWebhookWorker, runWebhookWorkerOnce } = await import("@/lib/jobs/webhook-worker");
  const { startWebhookReceiver } = await import("@/lib/testing/webhook-receiver");
  try {
    const db = await getDb();
    const tenant = await createTenant({ clientId: "bench", name: "Bench" });
    const ctx = systemContext(tenant.id, "bench");
    let receiver = await startWebhookReceiver();
    const port = Number(new URL(receiver.url).port);
    await createWebhook(ctx, { url: receiver.url, events: ["lead.created"] });
    const seen = new Map<string, number>();
    const count = (r: typeof receiver) =>
      (r.respond = (hit) => (seen.set(String(hit.headers["webhook-id"]), (seen.get(String(hit.headers["webhook-id"])) ?? 0) + 1), 200));
    count(receiver);
    let produced = 0;
    const addEvents = async (n: number) => {
      const now = new Date();
      const rows = Array.from({ length: n }, () => {
        const i = produced++;
        return {
          tenantId: tenant.id,
          type: "lead.created",
          occurredAt: now,
          payload: {
            event: "lead.created",
            timestamp: now.toISOString(),
            data: { lead_id: `lead_${i}`, name: `Lead ${i}`, email: `lead${i}@example.com`, source: "website" },
          },
        };
      });
      await db.outboxEvent.createMany({ data: rows });
    };
    const waitFor = async (done: () => boolean, timeoutMs: number) => {
      const deadline = Date.now() + timeoutMs;
      while (!done() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    };

    // 1. Throughput.
    await addEvents(EVENTS);
    const started = performance.now();
    let worker = startWebhookWorker();
    await waitFor(() => seen.size >= EVENTS, 600_000);
    const seconds = (performance.now() - started) / 1000;
    await worker.stop();
    console.log(
      `Throughput: ${seen.size}/${EVENTS} events delivered in ${seconds.toFixed(2)} s = ${Math.round(seen.size / seconds)} events/s (one worker, batch 200, 50 in flight)`,
    );

    if (DOWN_SECONDS > 0) {
      // 2. Soak: the receiver goes away, events keep coming.
      const before = produced;
      const soakStart = new Date();
      seen.clear();
      let offsetMs = 0;
      const clock = () => new Date(Date.now() + offsetMs);
      worker = startWebhookWorker({ now: clock });
      await receiver.close();
      console.log(`Receiver down for ${DOWN_SECONDS} s; producing ${RATE} events/s…`);
      const producing = setInterval(() => void addEvents(RATE), 1000);
      await new Promise((r) => setTimeout(r, DOWN_SECONDS * 1000));
      receiver = await startWebhookReceiver(port);
      count(receiver);
      console.log("Receiver back.");
      await new Promise((r) => setTimeout(r, 10_000));
      clearInterval(producing);
      await new Promise((r) => setTimeout(r, 2_000));
      await worker.stop();
      const expected = produced - before;
      const onTime = seen.size;
      // The retries still scheduled: bring each due by moving the clock, not by waiting.
      let skippedMs = 0;
      for (;;) {
        // Jump to when a full batch is due (jitter spreads due times), not to the very next one.
        const due = await db.webhookDelivery.findMany({
          where: { status: "pending" },
          orderBy: { nextAttemptAt: "asc" },
          take: 200,
          select: { nextAttemptAt: true },
        });
        const next = due.at(-1);
        if (!next?.nextAttemptAt) break;
        const gap = next.nextAttemptAt.getTime() - clock().getTime();
        if (gap > 0) {
          offsetMs += gap;
          skippedMs += gap;
        }
        await runWebhookWorkerOnce({ now: clock });
      }
      const soak = { event: { occurredAt: { gte: soakStart } } };
      const failed = await db.webhookDelivery.count({ where: { ...soak, status: "failed", nextAttemptAt: null } });
      const attempts = await db.webhookDelivery.count({ where: { ...soak, attemptedAt: { not: null } } });
      const duplicates = [...seen.values()].filter((n) => n > 1).length;
      console.log(
        `Soak: ${expected} events produced during a ${DOWN_SECONDS} s outage and 10 s after; ${onTime} arrived in real time, ` +
          `${seen.size} in all after moving the clock ${(skippedMs / 60_000).toFixed(1)} min ahead for the scheduled retries; ` +
          `lost ${expected - seen.size}, finally failed ${failed}, duplicates ${duplicates}, attempts logged ${attempts}.`,
      );
    }
    await receiver.close();
  } finally {
    await closeDb();
    await admin(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
