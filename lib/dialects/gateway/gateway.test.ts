import { describe, expect, it } from "vitest";
import { crm, gateway } from "@/lib/dialects";
import { callRoute } from "@/lib/testing/call-route";
import { createTestTenant } from "@/lib/testing/test-tenant";
import { getDb } from "@/lib/db/client";

describe("gateway: POST /api/leads", () => {
  it("creates a lead that the crm dialect then reads (one model, two shapes)", async () => {
    const tenant = await createTestTenant();
    const reply = await callRoute(gateway.createLead.handler, {
      path: "/api/leads",
      headers: { "X-API-Key": tenant.key },
      body: {
        name: "John Doe",
        email: "John@Example.com",
        phone: "+1234567890",
        company: "Acme Corp",
        source: "website",
        notes: "Interested in enterprise plan",
      },
    });
    expect(reply.status).toBe(201);
    expect(reply.json).toMatchObject({ status: "pending", message: "Lead created successfully" });
    expect(reply.json.id).toMatch(/^lead_[0-9a-f]{32}$/);
    expect(new Date(reply.json.created_at).toISOString()).toBe(reply.json.created_at);

    const uuid = (reply.json.id as string).slice(5).replace(/(.{8})(.{4})(.{4})(.{4})(.{12})/, "$1-$2-$3-$4-$5");
    const read = await callRoute(crm.getLead.handler, {
      path: `/dev/crm/leads/${uuid}`,
      headers: { Authorization: `Bearer ${tenant.key}` },
      params: { leadId: uuid },
    });
    expect(read.status).toBe(200);
    expect(read.json).toMatchObject({
      id: uuid,
      name: "John Doe",
      email: "john@example.com",
      phone: "+1234567890",
      company: "Acme Corp",
      source: "website",
      status: "new",
      notes: "Interested in enterprise plan",
    });

    const db = await getDb();
    const event = await db.outboxEvent.findFirstOrThrow({ where: { tenantId: tenant.id, type: "lead.created" } });
    expect(event.payload).toMatchObject({
      event: "lead.created",
      data: { lead_id: reply.json.id, name: "John Doe", email: "john@example.com", source: "website" },
    });
  });

  it("rejects invalid fields with 422 VALIDATION_ERROR naming each field, storing nothing", async () => {
    const tenant = await createTestTenant();
    const reply = await callRoute(gateway.createLead.handler, {
      path: "/api/leads",
      headers: { "X-API-Key": tenant.key },
      body: { name: "", email: "not-an-email", phone: "12-34", source: "fax" },
    });
    expect(reply.status).toBe(422);
    expect(reply.json.error.code).toBe("VALIDATION_ERROR");
    expect(reply.json.error.message).toBe("Invalid input data");
    const fields = (reply.json.error.details as { field: string }[]).map((d) => d.field).sort();
    expect(fields).toEqual(["email", "name", "phone", "source"]);
    expect(reply.json.error.details).toContainEqual({ field: "email", message: "Invalid email format" });
    const db = await getDb();
    expect(await db.lead.count({ where: { tenantId: tenant.id } })).toBe(0);
  });

  it("rejects a body that is not an object", async () => {
    const tenant = await createTestTenant();
    const reply = await callRoute(gateway.createLead.handler, { path: "/api/leads", headers: { "X-API-Key": tenant.key }, body: "[1,2]" });
    expect(reply.status).toBe(422);
    expect(reply.json.error.code).toBe("VALIDATION_ERROR");
  });
});

describe("GET /health", () => {
  it("reports a real database check", async () => {
    const reply = await callRoute(gateway.health.handler, { path: "/health" });
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({ status: "healthy", version: "0.1.0", services: { database: "connected", queue: "connected" } });
    expect(Number.isInteger(reply.json.uptime)).toBe(true);
    expect(reply.headers.get("x-ratelimit-limit")).toBe("1000");
  });
});

describe("GET /api/test/echo", () => {
  it("echoes the message and the credential's scopes", async () => {
    const tenant = await createTestTenant();
    const reply = await callRoute(gateway.echo.handler, { path: "/api/test/echo?message=hello", headers: { "X-API-Key": tenant.key } });
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({ message: "hello", credential: { type: "api_key", scopes: ["*"] } });
  });

  it("validates the query", async () => {
    const tenant = await createTestTenant();
    const reply = await callRoute(gateway.echo.handler, { path: `/api/test/echo?message=${"x".repeat(201)}`, headers: { "X-API-Key": tenant.key } });
    expect(reply.status).toBe(400);
    expect(reply.json.error.details[0].field).toBe("message");
  });
});
