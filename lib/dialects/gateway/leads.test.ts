import { describe, expect, it } from "vitest";
import { gateway } from "@/lib/dialects";
import { getDb } from "@/lib/db/client";
import { callRoute } from "@/lib/testing/call-route";
import { createTestKey, createTestTenant, type TestTenant } from "@/lib/testing/test-tenant";

async function newLead(tenant: TestTenant, body: Record<string, unknown> = {}): Promise<string> {
  const reply = await callRoute(gateway.createLead.handler, {
    path: "/api/leads",
    headers: { "X-API-Key": tenant.key },
    body: { name: "John Doe", email: "john@example.com", source: "website", ...body },
  });
  expect(reply.status).toBe(201);
  return reply.json.id as string;
}

const get = (tenant: TestTenant, id: string, key = tenant.key) =>
  callRoute(gateway.getLead.handler, { path: `/api/leads/${id}`, headers: { "X-API-Key": key }, params: { id } });
const patch = (tenant: TestTenant, id: string, body: unknown, key = tenant.key) =>
  callRoute(gateway.updateLead.handler, { method: "PATCH", path: `/api/leads/${id}`, headers: { "X-API-Key": key }, params: { id }, body });
const list = (tenant: TestTenant, query = "") => callRoute(gateway.listLeads.handler, { path: `/api/leads${query}`, headers: { "X-API-Key": tenant.key } });

describe("gateway: GET /api/leads/{id}", () => {
  it("answers the lead in the seed's Lead Schema", async () => {
    const tenant = await createTestTenant();
    const id = await newLead(tenant, { phone: "+1234567890", company: "Acme Corp", notes: "Interested in enterprise plan" });
    const reply = await get(tenant, id);
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({
      id,
      name: "John Doe",
      email: "john@example.com",
      phone: "+1234567890",
      company: "Acme Corp",
      source: "website",
      status: "new",
      notes: "Interested in enterprise plan",
      classification: null,
      priority: null,
    });
    expect(new Date(reply.json.created_at).toISOString()).toBe(reply.json.created_at);
  });

  it("answers 404 in the envelope for a missing, malformed or foreign id", async () => {
    const tenant = await createTestTenant();
    const other = await createTestTenant();
    const foreign = await newLead(other);
    for (const id of [foreign, "lead_0000000000000000000000000000abcd", "lead_123456", "nonsense"]) {
      const reply = await get(tenant, id);
      expect(reply.status).toBe(404);
      expect(reply.json.error).toMatchObject({ code: "NOT_FOUND", message: "Lead not found", details: [] });
      expect(reply.json.error.request_id).toBe(reply.headers.get("x-request-id"));
    }
  });

  it("answers 401 without credentials and 403 without the read:leads scope", async () => {
    const tenant = await createTestTenant();
    const id = await newLead(tenant);
    const anonymous = await callRoute(gateway.getLead.handler, { path: `/api/leads/${id}`, params: { id } });
    expect(anonymous.status).toBe(401);
    expect(anonymous.json.error.code).toBe("UNAUTHORIZED");
    const narrow = await createTestKey(tenant, ["read:analytics"]);
    const forbidden = await get(tenant, id, narrow);
    expect(forbidden.status).toBe(403);
    expect(forbidden.json.error.code).toBe("FORBIDDEN");
  });
});

describe("gateway: PATCH /api/leads/{id}", () => {
  it("changes only the fields sent and records lead.status_updated with old, new and who", async () => {
    const tenant = await createTestTenant();
    const id = await newLead(tenant, { company: "Acme Corp", notes: "first" });
    const reply = await patch(tenant, id, { status: "contacted", notes: null });
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({ id, status: "contacted", notes: null, company: "Acme Corp", name: "John Doe" });

    const db = await getDb();
    const event = await db.outboxEvent.findFirstOrThrow({ where: { tenantId: tenant.id, type: "lead.status_updated" } });
    expect(event.payload).toMatchObject({ event: "lead.status_updated", data: { lead_id: id, old_status: "new", new_status: "contacted" } });
    expect((event.payload as { data: { updated_by: string } }).data.updated_by).toMatch(/^api_key_[0-9a-f-]{36}$/);

    // No status change, no event.
    expect((await patch(tenant, id, { company: "Globex" })).json.company).toBe("Globex");
    expect(await db.outboxEvent.count({ where: { tenantId: tenant.id, type: "lead.status_updated" } })).toBe(1);
  });

  it("validates with 422 naming each field, and changes nothing", async () => {
    const tenant = await createTestTenant();
    const id = await newLead(tenant);
    const reply = await patch(tenant, id, { email: "nope", status: "pending", source: "fax", name: "" });
    expect(reply.status).toBe(422);
    expect(reply.json.error.code).toBe("VALIDATION_ERROR");
    expect((reply.json.error.details as { field: string }[]).map((d) => d.field).sort()).toEqual(["email", "name", "source", "status"]);
    expect(reply.json.error.details).toContainEqual({ field: "email", message: "Invalid email format" });
    const empty = await patch(tenant, id, {});
    expect(empty.status).toBe(422);
    expect((await get(tenant, id)).json).toMatchObject({ email: "john@example.com", status: "new" });
  });

  it("answers 404 for a foreign lead and leaves it alone", async () => {
    const tenant = await createTestTenant();
    const other = await createTestTenant();
    const foreign = await newLead(other);
    const reply = await patch(tenant, foreign, { status: "lost" });
    expect(reply.status).toBe(404);
    expect((await get(other, foreign)).json.status).toBe("new");
  });

  it("needs the write:leads scope", async () => {
    const tenant = await createTestTenant();
    const id = await newLead(tenant);
    const reader = await createTestKey(tenant, ["read:leads"]);
    expect((await patch(tenant, id, { status: "lost" }, reader)).status).toBe(403);
  });
});

describe("gateway: GET /api/leads", () => {
  it("lists newest first with status and source filters and cursor pagination", async () => {
    const tenant = await createTestTenant();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(await newLead(tenant, { email: `p${i}@example.com`, source: i % 2 ? "social" : "website" }));
    await patch(tenant, ids[0]!, { status: "qualified" });

    const first = await list(tenant, "?limit=2");
    expect(first.status).toBe(200);
    expect(first.json.data.map((l: { id: string }) => l.id)).toEqual([ids[4], ids[3]]);
    expect(first.json.pagination).toMatchObject({ limit: 2, next_cursor: expect.any(String) });
    const seen = [...first.json.data];
    let cursor: string | null = first.json.pagination.next_cursor;
    while (cursor) {
      const page = await list(tenant, `?limit=2&cursor=${cursor}`);
      seen.push(...page.json.data);
      cursor = page.json.pagination.next_cursor;
    }
    expect(seen.map((l: { id: string }) => l.id)).toEqual([...ids].reverse());

    expect((await list(tenant, "?source=social")).json.data.map((l: { id: string }) => l.id)).toEqual([ids[3], ids[1]]);
    expect((await list(tenant, "?status=qualified")).json.data.map((l: { id: string }) => l.id)).toEqual([ids[0]]);
    expect((await list(tenant, "?status=qualified&source=social")).json.data).toEqual([]);
  });

  it("never shows another workspace's leads", async () => {
    const tenant = await createTestTenant();
    const other = await createTestTenant();
    await newLead(other);
    expect((await list(tenant)).json.data).toEqual([]);
  });

  it("rejects bad filters and cursors in the envelope", async () => {
    const tenant = await createTestTenant();
    const bad = await list(tenant, "?status=pending&limit=0");
    expect(bad.status).toBe(400);
    expect((bad.json.error.details as { field: string }[]).map((d) => d.field).sort()).toEqual(["limit", "status"]);
    const cursor = await list(tenant, "?cursor=not-a-cursor");
    expect(cursor.status).toBe(422);
    expect(cursor.json.error.details).toEqual([{ field: "cursor", message: "Invalid cursor" }]);
  });
});
