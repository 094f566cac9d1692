import { describe, expect, it } from "vitest";
import { suite } from "@/lib/dialects";
import { getDb } from "@/lib/db/client";
import { unseal } from "@/lib/security/secret-box";
import { callRoute } from "@/lib/testing/call-route";
import { createTestKey, createTestTenant } from "@/lib/testing/test-tenant";

const auth = (key: string) => ({ Authorization: `Bearer ${key}` });

describe("suite: webhooks", () => {
  it("registers a webhook, shows the secret once, lists it without the secret, and deletes it", async () => {
    const a = await createTestTenant();
    const created = await callRoute(suite.createWebhook.handler, {
      path: "/api/v2/webhooks",
      headers: auth(a.key),
      body: { url: "https://your-domain.com/webhook", events: ["invoice.created", "payment.received"] },
    });
    expect(created.status).toBe(201);
    expect(created.json).toEqual({
      success: true,
      data: {
        id: 1,
        url: "https://your-domain.com/webhook",
        events: ["invoice.created", "payment.received"],
        description: null,
        active: true,
        disabled_reason: null,
        failing_since: null,
        created_at: expect.any(String),
        secret: expect.stringMatching(/^whsec_[A-Za-z0-9+/]{32}$/),
      },
    });
    // Stored sealed, readable by the worker.
    const db = await getDb();
    const row = await db.webhook.findFirstOrThrow({ where: { tenantId: a.id, seq: 1 } });
    expect(row.secretEnc).not.toContain(created.json.data.secret.slice(6));
    expect(unseal(row.secretEnc)).toBe(created.json.data.secret);

    const second = await callRoute(suite.createWebhook.handler, {
      path: "/api/v2/webhooks",
      headers: auth(a.key),
      body: { url: "http://example.org/hook", events: ["lead.created"] },
    });
    expect(second.json.data.id).toBe(2);

    const list = await callRoute(suite.listWebhooks.handler, { path: "/api/v2/webhooks", headers: auth(a.key) });
    expect(list.status).toBe(200);
    expect(list.json.data.map((w: { id: number }) => w.id)).toEqual([1, 2]);
    expect(list.json.data[0]).toMatchObject({ id: 1, active: true, recent_deliveries: [] });
    expect(list.text).not.toContain("whsec_");

    const removed = await callRoute(suite.deleteWebhook.handler, { method: "DELETE", path: "/api/v2/webhooks/1", headers: auth(a.key), params: { id: "1" } });
    expect(removed.status).toBe(200);
    expect(removed.json).toEqual({ success: true, message: "Webhook deleted" });
    const again = await callRoute(suite.deleteWebhook.handler, { method: "DELETE", path: "/api/v2/webhooks/1", headers: auth(a.key), params: { id: "1" } });
    expect(again.status).toBe(404);
    const after = await callRoute(suite.listWebhooks.handler, { path: "/api/v2/webhooks", headers: auth(a.key) });
    expect(after.json.data.map((w: { id: number }) => w.id)).toEqual([2]);
  });

  it("answers 404 for another tenant's webhook, exactly like a missing one", async () => {
    const a = await createTestTenant();
    const b = await createTestTenant();
    await callRoute(suite.createWebhook.handler, {
      path: "/api/v2/webhooks",
      headers: auth(a.key),
      body: { url: "https://a.example.com/h", events: ["lead.created"] },
    });
    const foreign = await callRoute(suite.deleteWebhook.handler, { method: "DELETE", path: "/api/v2/webhooks/1", headers: auth(b.key), params: { id: "1" } });
    const missing = await callRoute(suite.deleteWebhook.handler, { method: "DELETE", path: "/api/v2/webhooks/99", headers: auth(b.key), params: { id: "99" } });
    expect(foreign.status).toBe(404);
    expect(foreign.json).toEqual({ success: false, message: "Webhook not found" });
    expect(missing.json).toEqual(foreign.json);
    const listB = await callRoute(suite.listWebhooks.handler, { path: "/api/v2/webhooks", headers: auth(b.key) });
    expect(listB.json.data).toEqual([]);
    const stillThere = await callRoute(suite.listWebhooks.handler, { path: "/api/v2/webhooks", headers: auth(a.key) });
    expect(stillThere.json.data).toHaveLength(1);
  });

  it("validates url and events in the seed's envelope", async () => {
    const a = await createTestTenant();
    const empty = await callRoute(suite.createWebhook.handler, { path: "/api/v2/webhooks", headers: auth(a.key), body: {} });
    expect(empty.status).toBe(400);
    expect(empty.json).toEqual({
      success: false,
      errors: { url: "URL is required", events: "Events must be a list of event names" },
      message: "Validation failed",
    });

    const bad = await callRoute(suite.createWebhook.handler, {
      path: "/api/v2/webhooks",
      headers: auth(a.key),
      body: { url: "ftp://example.com/x", events: ["invoice.created", "invoice.eaten"] },
    });
    expect(bad.status).toBe(400);
    expect(bad.json.errors.url).toBe("Must be an absolute http or https URL");
    expect(bad.json.errors.events).toMatch(/^Unknown event "invoice.eaten"; events are lead.created, /);

    const relative = await callRoute(suite.createWebhook.handler, { path: "/api/v2/webhooks", headers: auth(a.key), body: { url: "/webhook", events: [] } });
    expect(relative.json.errors).toEqual({ url: "Must be an absolute http or https URL", events: "Choose at least one event" });

    const malformed = await callRoute(suite.createWebhook.handler, { path: "/api/v2/webhooks", headers: auth(a.key), body: "{not json" });
    expect(malformed.status).toBe(400);
    expect(malformed.json.success).toBe(false);
  });

  it("refuses private, loopback and link-local URLs unless WEBHOOK_ALLOW_PRIVATE_URLS=1", async () => {
    const a = await createTestTenant();
    delete process.env.WEBHOOK_ALLOW_PRIVATE_URLS;
    try {
      for (const url of [
        "http://127.0.0.1:8080/h",
        "http://10.1.2.3/h",
        "http://169.254.169.254/latest/meta-data",
        "http://[::1]/h",
        "http://localhost/h",
        "http://192.168.0.10/h",
        "http://[::ffff:10.0.0.1]/h",
      ]) {
        const reply = await callRoute(suite.createWebhook.handler, { path: "/api/v2/webhooks", headers: auth(a.key), body: { url, events: ["lead.created"] } });
        expect(reply.status, url).toBe(400);
        expect(reply.json.errors.url, url).toMatch(/^Refused: .* a private, loopback or link-local address$/);
      }
      const publicIp = await callRoute(suite.createWebhook.handler, {
        path: "/api/v2/webhooks",
        headers: auth(a.key),
        body: { url: "https://93.184.215.14/h", events: ["lead.created"] },
      });
      expect(publicIp.status).toBe(201);
    } finally {
      process.env.WEBHOOK_ALLOW_PRIVATE_URLS = "1";
    }
    const allowed = await callRoute(suite.createWebhook.handler, {
      path: "/api/v2/webhooks",
      headers: auth(a.key),
      body: { url: "http://127.0.0.1:8080/h", events: ["lead.created"] },
    });
    expect(allowed.status).toBe(201);
  });

  it("needs the manage:webhooks scope", async () => {
    const a = await createTestTenant();
    const key = await createTestKey(a, ["read:customers"]);
    const reply = await callRoute(suite.listWebhooks.handler, { path: "/api/v2/webhooks", headers: auth(key) });
    expect(reply.status).toBe(403);
    const none = await callRoute(suite.listWebhooks.handler, { path: "/api/v2/webhooks" });
    expect(none.status).toBe(401);
  });
});
