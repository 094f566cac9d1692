import { createHmac } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { systemContext } from "@/lib/crm/context";
import { recordEvent } from "@/lib/crm/events/record-event";
import { createCustomer } from "@/lib/crm/customers/create-customer";
import { createLead } from "@/lib/crm/leads/create-lead";
import { updateLead } from "@/lib/crm/leads/update-lead";
import { createWebhook } from "@/lib/crm/webhooks/create-webhook";
import { listWebhooks } from "@/lib/crm/webhooks/list-webhooks";
import { retryDelivery } from "@/lib/crm/webhooks/retry-delivery";
import { MAX_ATTEMPTS, RETRY_DELAYS_MS } from "@/lib/crm/webhooks/retry-schedule";
import { sendTestEvent } from "@/lib/crm/webhooks/send-test-event";
import { setWebhookActive } from "@/lib/crm/webhooks/set-webhook-active";
import { getDb } from "@/lib/db/client";
import { createTestTenant, type TestTenant } from "@/lib/testing/test-tenant";
import { startWebhookReceiver, type WebhookReceiver } from "@/lib/testing/webhook-receiver";
import { runWebhookWorkerOnce, startWebhookWorker } from "./webhook-worker";

/** A clock the test moves by hand, so backoff needs no sleeping. */
function fakeClock(start = Date.now()) {
  let now = start;
  return { now: () => new Date(now), advance: (ms: number) => (now += ms) };
}

/** Rounds until nothing is left to do at this moment. */
async function drain(options: Parameters<typeof runWebhookWorkerOnce>[0]): Promise<void> {
  for (let i = 0; i < 50; i++) {
    const round = await runWebhookWorkerOnce({ ...options, onlyTenants: tenants.map((t) => t.id) });
    if (round.fannedOut === 0 && round.attempted === 0) return;
  }
  throw new Error("worker did not settle");
}

let eventNo = 0;
async function addEvents(tenant: TestTenant, count: number): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    for (let n = 0; n < count; n++) {
      const i = eventNo++;
      await recordEvent(tx, tenant.id, "lead.created", { lead_id: `lead_${i}`, name: `Lead ${i}`, email: `l${i}@example.com`, source: "website" });
    }
  });
}

let receivers: WebhookReceiver[] = [];
const tenants: TestTenant[] = [];
afterEach(async () => {
  // Leave no queued attempts behind for the next test's rounds.
  const db = await getDb();
  await db.webhook.deleteMany({ where: { tenantId: { in: tenants.map((t) => t.id) } } });
  await Promise.all(receivers.map((r) => r.close()));
  receivers = [];
});

async function setup(events: string[] = ["lead.created", "lead.status_updated"]) {
  const tenant = await createTestTenant();
  tenants.push(tenant);
  const receiver = await startWebhookReceiver();
  receivers.push(receiver);
  const { webhook, secret } = await createWebhook(tenant.ctx, { url: receiver.url, events });
  return { tenant, receiver, webhook, secret };
}

describe("webhook delivery", () => {
  it("delivers the seed's payloads, signed per Standard Webhooks", async () => {
    const { tenant, receiver, secret } = await setup();
    const ctx = systemContext(tenant.id, "test");
    const lead = await createLead(ctx, { name: "John Doe", email: "john@example.com", source: "website" });
    await updateLead(ctx, lead.id, { status: "contacted" });
    await drain({});

    expect(receiver.received).toHaveLength(2);
    const [created, updated] = receiver.received.sort(
      (a, b) => (JSON.parse(a.body).event === "lead.created" ? -1 : 1) - (JSON.parse(b.body).event === "lead.created" ? -1 : 1),
    );
    const leadId = `lead_${lead.id.replace(/-/g, "")}`;
    expect(Object.keys(JSON.parse(created!.body))).toEqual(["event", "timestamp", "data"]);
    expect(created!.body).toMatch(
      /^\{"event":"lead\.created","timestamp":"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z","data":\{"lead_id":"lead_[0-9a-f]+","name":"John Doe","email":"john@example.com","source":"website"\}\}$/,
    );
    expect(JSON.parse(created!.body).data.lead_id).toBe(JSON.parse(updated!.body).data.lead_id);
    expect(JSON.parse(updated!.body)).toMatchObject({
      event: "lead.status_updated",
      data: { old_status: "new", new_status: "contacted", updated_by: expect.any(String) },
    });
    expect(Object.keys(JSON.parse(updated!.body).data)).toEqual(["lead_id", "old_status", "new_status", "updated_by"]);
    expect(leadId).toMatch(/^lead_/);

    for (const hit of receiver.received) {
      // Verified independently of lib/security: the spec's recipe by hand.
      const id = String(hit.headers["webhook-id"]);
      const timestamp = String(hit.headers["webhook-timestamp"]);
      expect(Math.abs(Number(timestamp) - Date.now() / 1000)).toBeLessThan(60);
      expect(secret).toMatch(/^whsec_[A-Za-z0-9+/=]+$/);
      const key = Buffer.from(secret.slice("whsec_".length), "base64");
      const expected = createHmac("sha256", key).update(`${id}.${timestamp}.${hit.body}`).digest("base64");
      expect(hit.headers["webhook-signature"]).toBe(`v1,${expected}`);
      expect(hit.headers["content-type"]).toBe("application/json");
    }
  });

  it("delivers other events in the same envelope, only to webhooks subscribed to them", async () => {
    const { tenant, receiver } = await setup(["customer.created"]);
    await createLead(tenant.ctx, { name: "Not Subscribed", email: "ns@example.com", source: "website" });
    await createCustomer(tenant.ctx, { name: "Jane Smith", email: "jane@example.com", phone: "1234567890" });
    await drain({});
    expect(receiver.received).toHaveLength(1);
    const body = JSON.parse(receiver.received[0]!.body);
    expect(Object.keys(body)).toEqual(["event", "timestamp", "data"]);
    expect(body).toMatchObject({ event: "customer.created", data: { name: "Jane Smith", email: "jane@example.com" } });
    expect(Object.keys(body.data).slice(0, 3)).toEqual(["customer_id", "external_id", "name"]);
  });

  it("retries after the receiver fails twice, on the backoff schedule, and logs every attempt", async () => {
    const { tenant, receiver } = await setup();
    receiver.respond = (_hit, index) => (index < 2 ? 503 : 200);
    const clock = fakeClock();
    await addEvents(tenant, 1);
    const options = { now: clock.now, random: () => 0.5 };

    await drain(options);
    expect(receiver.received).toHaveLength(1);
    clock.advance(RETRY_DELAYS_MS[0] - 1_000); // not due yet
    await drain(options);
    expect(receiver.received).toHaveLength(1);
    clock.advance(2_000);
    await drain(options);
    expect(receiver.received).toHaveLength(2);
    clock.advance(RETRY_DELAYS_MS[1] * 1.2);
    await drain(options);
    expect(receiver.received).toHaveLength(3);
    // The same message id on every attempt: receivers dedupe on it.
    expect(new Set(receiver.received.map((h) => h.headers["webhook-id"])).size).toBe(1);

    const [webhook] = await listWebhooks(tenant.ctx);
    const attempts = webhook!.recentAttempts;
    expect(attempts.map((a) => [a.attempt, a.status, a.responseStatus])).toEqual([
      [3, "succeeded", 200],
      [2, "failed", 503],
      [1, "failed", 503],
    ]);
    expect(attempts[2]!.error).toBe("HTTP 503");
    expect(attempts[2]!.responseBody).toBe("receiver says no");
    expect(attempts[2]!.durationMs).toBeGreaterThanOrEqual(0);
    expect(webhook!.failingSince).toBeNull();
  });

  it("gives up after the last attempt, and a failed delivery can be retried by hand", async () => {
    const { tenant, receiver } = await setup();
    receiver.respond = () => 500;
    const clock = fakeClock();
    await addEvents(tenant, 1);
    const options = { now: clock.now, random: () => 0.99 };
    for (let i = 0; i < MAX_ATTEMPTS + 2; i++) {
      await drain(options);
      clock.advance(13 * 3_600_000);
    }
    expect(receiver.received).toHaveLength(MAX_ATTEMPTS);
    let [webhook] = await listWebhooks(tenant.ctx);
    const last = webhook!.recentAttempts[0]!;
    expect(last).toMatchObject({ attempt: MAX_ATTEMPTS, status: "failed", nextAttemptAt: null });
    expect(webhook!.active).toBe(true); // failing for ~1 day only

    receiver.respond = () => 204;
    await setWebhookActive(tenant.ctx, { id: webhook!.id }, false);
    await expect(retryDelivery(tenant.ctx, last.id, clock.now())).rejects.toThrow("Enable the webhook");
    await setWebhookActive(tenant.ctx, { id: webhook!.id }, true);
    await retryDelivery(tenant.ctx, last.id, clock.now());
    await drain(options);
    expect(receiver.received).toHaveLength(MAX_ATTEMPTS + 1);
    [webhook] = await listWebhooks(tenant.ctx);
    expect(webhook!.recentAttempts[0]).toMatchObject({ attempt: MAX_ATTEMPTS + 1, status: "succeeded", responseStatus: 204 });
    await expect(retryDelivery(tenant.ctx, last.id, clock.now())).rejects.toThrow("since been delivered");
    const other = await createTestTenant();
    await expect(retryDelivery(other.ctx, last.id)).rejects.toThrow("Delivery not found");
  });

  it("disables a webhook whose every delivery has failed for five days", async () => {
    const { tenant, receiver } = await setup();
    receiver.respond = () => 500;
    const clock = fakeClock();
    for (let day = 0; day <= 6; day++) {
      await addEvents(tenant, 1);
      await drain({ now: clock.now });
      clock.advance(24 * 3_600_000);
    }
    const [webhook] = await listWebhooks(tenant.ctx);
    expect(webhook!.active).toBe(false);
    expect(webhook!.disabledReason).toMatch(/failed for 5 days/);
    const before = receiver.received.length;
    await addEvents(tenant, 1);
    clock.advance(24 * 3_600_000);
    await drain({ now: clock.now });
    expect(receiver.received.length).toBe(before);
  });

  it("never delivers one attempt twice with two workers running", async () => {
    const { tenant, receiver } = await setup();
    await addEvents(tenant, 300);
    const only = { onlyTenants: [tenant.id] };
    const workers = [startWebhookWorker({ idleMs: 20, batchSize: 25, ...only }), startWebhookWorker({ idleMs: 20, batchSize: 25, ...only })];
    const deadline = Date.now() + 20_000;
    while (receiver.received.length < 300 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 300));
    await Promise.all(workers.map((w) => w.stop()));
    const ids = receiver.received.map((h) => String(h.headers["webhook-id"]));
    expect(ids).toHaveLength(300);
    expect(new Set(ids).size).toBe(300);
  });

  it("loses nothing while the receiver is down", async () => {
    const { tenant, receiver } = await setup();
    let down = true;
    receiver.respond = () => (down ? 502 : 200);
    const clock = fakeClock();
    const options = { now: clock.now };
    await addEvents(tenant, 20);
    await drain(options);
    // Connection refused as well as 5xx: close the port for a while.
    const port = new URL(receiver.url).port;
    await receiver.close();
    await addEvents(tenant, 20);
    clock.advance(10_000);
    await drain(options);
    const back = await startWebhookReceiver(Number(port));
    receivers.push(back);
    down = false;
    back.respond = () => 200;
    clock.advance(10 * 60_000);
    await drain(options);
    const delivered = new Set(back.received.map((h) => JSON.parse(h.body).data.lead_id as string));
    expect(delivered.size).toBe(40);
    const db = await getDb();
    expect(await db.webhookDelivery.count({ where: { tenantId: tenant.id, error: { contains: "ECONNREFUSED" } } })).toBeGreaterThanOrEqual(20);
    expect(await db.webhookDelivery.count({ where: { tenantId: tenant.id, status: "pending" } })).toBe(0);
  });

  it("refuses private addresses at delivery unless allowed", async () => {
    const { tenant, receiver } = await setup();
    await addEvents(tenant, 1);
    delete process.env.WEBHOOK_ALLOW_PRIVATE_URLS;
    try {
      await drain({});
    } finally {
      process.env.WEBHOOK_ALLOW_PRIVATE_URLS = "1";
    }
    expect(receiver.received).toHaveLength(0);
    const [webhook] = await listWebhooks(tenant.ctx);
    expect(webhook!.recentAttempts[1]).toMatchObject({
      status: "failed",
      error: "Refused: 127.0.0.1 resolves to 127.0.0.1, a private, loopback or link-local address",
    });
  });

  it("sends a test event to the one webhook asked for", async () => {
    const { tenant, receiver, webhook } = await setup();
    const second = await startWebhookReceiver();
    receivers.push(second);
    await createWebhook(tenant.ctx, { url: second.url, events: ["lead.created"] });
    await sendTestEvent(tenant.ctx, { id: webhook.id });
    await drain({});
    expect(receiver.received).toHaveLength(1);
    expect(second.received).toHaveLength(0);
    expect(JSON.parse(receiver.received[0]!.body)).toMatchObject({ event: "webhook.test", data: { webhook_id: webhook.seq } });
  });
});
