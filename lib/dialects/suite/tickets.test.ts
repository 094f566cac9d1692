import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { suite } from "@/lib/dialects";
import { callRoute } from "@/lib/testing/call-route";
import { createTestTenant } from "@/lib/testing/test-tenant";
import { addSuiteCustomer, bearer } from "./suite-test-fixtures";

describe("suite: tickets and departments", () => {
  it("creates the seed's ticket Open, replies, updates, filters; other tenants see 404", async () => {
    const a = await createTestTenant();
    const b = await createTestTenant();
    const customerId = await addSuiteCustomer(a, "Needs Help");
    const created = await callRoute(suite.createTicket.handler, {
      path: "/api/v2/tickets",
      headers: bearer(a.key),
      body: {
        customer_id: customerId,
        subject: "Technical Support Required",
        message: "Need assistance with installation",
        department_id: 1,
        priority: "High",
      },
    });
    expect(created.status).toBe(201);
    expect(created.json.data).toMatchObject({ id: 1, customer_id: customerId, status: "Open", priority: "High", department_id: 1, department: "Support" });
    const db = await getDb();
    expect(await db.outboxEvent.count({ where: { tenantId: a.id, type: "ticket.created" } })).toBe(1);

    const bad = await callRoute(suite.createTicket.handler, {
      path: "/api/v2/tickets",
      headers: bearer(a.key),
      body: { subject: "", priority: "Whenever", department_id: 9 },
    });
    expect(bad.status).toBe(400);
    expect(bad.json.errors).toEqual({
      subject: "Subject is required",
      message: "Message is required",
      priority: "Priority must be one of: Low, Medium, High, Urgent",
    });
    const badDept = await callRoute(suite.createTicket.handler, {
      path: "/api/v2/tickets",
      headers: bearer(a.key),
      body: { subject: "S", message: "M", department_id: 9 },
    });
    expect(badDept.json.errors).toEqual({ department_id: "Department not found" });

    const reply = await callRoute(suite.replyTicket.handler, {
      path: "/api/v2/tickets/1/replies",
      headers: bearer(a.key),
      params: { id: "1" },
      body: { message: "Try restarting", status: "Pending" },
    });
    expect(reply.status).toBe(201);
    expect(reply.json.data).toMatchObject({ reply: { author: "staff", message: "Try restarting" }, ticket: { status: "Pending" } });
    const customerReply = await callRoute(suite.replyTicket.handler, {
      path: "/api/v2/tickets/1/replies",
      headers: bearer(a.key),
      params: { id: "1" },
      body: { message: "Still broken", author: "customer" },
    });
    expect(customerReply.json.data.ticket.status).toBe("Open");
    const got = await callRoute(suite.getTicket.handler, { path: "/api/v2/tickets/1", headers: bearer(a.key), params: { id: "1" } });
    expect(got.json.data.replies.map((r: { message: string }) => r.message)).toEqual(["Try restarting", "Still broken"]);

    const closed = await callRoute(suite.updateTicket.handler, {
      method: "PUT",
      path: "/api/v2/tickets/1",
      headers: bearer(a.key),
      params: { id: "1" },
      body: { status: "closed", priority: "Low", department_id: 2 },
    });
    expect(closed.json.data).toMatchObject({ status: "Closed", priority: "Low", department: "Billing" });
    expect(closed.json.data.closed_at).toMatch(/Z$/);
    const list = (q: string) => callRoute(suite.listTickets.handler, { path: `/api/v2/tickets${q}`, headers: bearer(a.key) });
    expect((await list("?status=Closed")).json.meta.total_records).toBe(1);
    expect((await list("?status=Open")).json.meta.total_records).toBe(0);
    expect((await list("?department_id=2")).json.data.map((t: { id: number }) => t.id)).toEqual([1]);

    expect((await callRoute(suite.getTicket.handler, { path: "/api/v2/tickets/1", headers: bearer(b.key), params: { id: "1" } })).status).toBe(404);
    expect(
      (await callRoute(suite.replyTicket.handler, { path: "/api/v2/tickets/1/replies", headers: bearer(b.key), params: { id: "1" }, body: { message: "x" } }))
        .status,
    ).toBe(404);
    const departments = await callRoute(suite.listDepartments.handler, { path: "/api/v2/departments", headers: bearer(a.key) });
    expect(departments.json).toMatchObject({
      data: [
        { id: 1, name: "Support" },
        { id: 2, name: "Billing" },
        { id: 3, name: "Sales" },
      ],
      meta: { total_records: 3 },
    });
  });
});
