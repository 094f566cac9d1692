import { describe, expect, it } from "vitest";
import { crm } from "@/lib/dialects";
import { createCustomer } from "@/lib/crm/customers/create-customer";
import { createInteraction } from "@/lib/crm/interactions/create-interaction";
import { createLead } from "@/lib/crm/leads/create-lead";
import { createUser } from "@/lib/crm/users/create-user";
import { setNurtureRules } from "@/lib/crm/workflows/set-nurture-rules";
import { getDb } from "@/lib/db/client";
import { callRoute } from "@/lib/testing/call-route";
import { createTestTenant } from "@/lib/testing/test-tenant";

const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);

describe("crm: lead nurturing", () => {
  it("creates one task per idle lead for its owner, and nothing on a second run", async () => {
    const tenant = await createTestTenant();
    const owner = await createUser(tenant.ctx, { name: "Owner", email: `o-${tenant.clientId}@example.com`, password: "long enough pw" });
    const db = await getDb();
    const idleNew = await createLead(tenant.ctx, { name: "Idle new", email: "a@example.com", assignedToId: owner.id });
    const freshNew = await createLead(tenant.ctx, { name: "Fresh new", email: "b@example.com" });
    const quietContacted = await createLead(tenant.ctx, { name: "Quiet contacted", email: "c@example.com", status: "contacted", lastContactAt: daysAgo(8) });
    const recentContacted = await createLead(tenant.ctx, { name: "Recent contacted", email: "d@example.com", status: "contacted", lastContactAt: daysAgo(3) });
    await db.lead.updateMany({ where: { id: { in: [idleNew.id, quietContacted.id, recentContacted.id] } }, data: { createdAt: daysAgo(10) } });
    void freshNew;

    const run = () => callRoute(crm.startLeadNurture.handler, { method: "POST", path: "/dev/crm/leads/nurture/start", headers: bearer(tenant.key) });
    const first = await run();
    expect(first.status).toBe(200);
    expect(first.json.created).toBe(2);
    expect(first.json.rules.find((r: { key: string }) => r.key === "first_contact")).toMatchObject({ status: "new", idle_days: 2, created: 1 });
    expect(first.json.rules.find((r: { key: string }) => r.key === "contacted_follow_up")).toMatchObject({ created: 1 });
    expect(first.json.tasks.map((t: { lead_id: string }) => t.lead_id).sort()).toEqual([idleNew.id, quietContacted.id].sort());

    const task = await db.interaction.findFirstOrThrow({ where: { leadId: idleNew.id } });
    expect(task).toMatchObject({ type: "call", nextAction: "First contact call", userId: owner.id });
    expect(task.nextActionDate).not.toBeNull();
    // A planned task is not a contact.
    expect((await db.lead.findUniqueOrThrow({ where: { id: idleNew.id } })).lastContactAt).toBeNull();

    const second = await run();
    expect(second.json).toMatchObject({ created: 0, tasks: [] });
    const both = await Promise.all([run(), run()]);
    expect(both.map((r) => r.json.created)).toEqual([0, 0]);
    expect(await db.interaction.count({ where: { tenantId: tenant.id } })).toBe(2);
  });

  it("uses the tenant's own rules when it has them", async () => {
    const tenant = await createTestTenant();
    const db = await getDb();
    await setNurtureRules(db, tenant.ctx, [{ key: "lost_revival", status: "lost", idleDays: 30, type: "email", nextAction: "Win-back email", dueInDays: 1 }]);
    const lost = await createLead(tenant.ctx, { name: "Lost", email: "l@example.com", status: "lost" });
    const fresh = await createLead(tenant.ctx, { name: "New", email: "n@example.com" });
    await db.lead.updateMany({ where: { id: { in: [lost.id, fresh.id] } }, data: { createdAt: daysAgo(40) } });
    const reply = await callRoute(crm.startLeadNurture.handler, { method: "POST", path: "/dev/crm/leads/nurture/start", headers: bearer(tenant.key) });
    expect(reply.json.rules).toEqual([{ key: "lost_revival", status: "lost", idle_days: 30, created: 1 }]);
    expect(reply.json.tasks).toEqual([{ interaction_id: expect.any(String), lead_id: lost.id }]);
  });

  it("answers 401 without a key", async () => {
    expect((await callRoute(crm.startLeadNurture.handler, { method: "POST", path: "/dev/crm/leads/nurture/start" })).status).toBe(401);
  });
});

describe("crm: follow-ups", () => {
  it("turns passed next actions into due tasks for the owner, once, and re-arms on a new date", async () => {
    const tenant = await createTestTenant();
    const owner = await createUser(tenant.ctx, { name: "Owner", email: `o-${tenant.clientId}@example.com`, password: "long enough pw" });
    const lead = await createLead(tenant.ctx, { name: "L", email: "l@example.com", assignedToId: owner.id });
    const customer = await createCustomer(tenant.ctx, { name: "C", email: "c@example.com" });
    const passed = await createInteraction(tenant.ctx, { leadId: lead.id }, { type: "call", nextAction: "Send proposal", nextActionDate: daysAgo(1) });
    await createInteraction(tenant.ctx, { leadId: lead.id }, { type: "call", nextAction: "Later", nextActionDate: new Date(Date.now() + 86_400_000) });
    const customerDue = await createInteraction(
      tenant.ctx,
      { customerId: customer.id },
      { type: "support", subject: "Ticket", nextAction: "Call back", nextActionDate: daysAgo(2) },
    );

    const run = () => callRoute(crm.processFollowUps.handler, { method: "POST", path: "/dev/crm/followups/process", headers: bearer(tenant.key) });
    const first = await run();
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ processed: 2, created: 2, more: false });
    const leadTask = first.json.tasks.find((t: { source_interaction_id: string }) => t.source_interaction_id === passed.id);
    expect(leadTask).toMatchObject({ lead_id: lead.id, customer_id: null, owner_id: owner.id });
    const customerTask = first.json.tasks.find((t: { source_interaction_id: string }) => t.source_interaction_id === customerDue.id);
    expect(customerTask).toMatchObject({ customer_id: customer.id, lead_id: null });

    const db = await getDb();
    const stored = await db.interaction.findUniqueOrThrow({ where: { id: leadTask.interaction_id } });
    expect(stored).toMatchObject({ type: "note", subject: "Due: Send proposal", nextAction: "Send proposal", userId: owner.id });

    const again = await Promise.all([run(), run()]);
    expect(again.map((r) => r.json.created)).toEqual([0, 0]);

    // A new date re-arms the follow-up.
    await callRoute(crm.updateLeadInteraction.handler, {
      method: "PUT",
      path: "/x",
      headers: bearer(tenant.key),
      params: { leadId: lead.id, interactionId: passed.id },
      body: { next_action_date: daysAgo(0.5).toISOString() },
    });
    const rearmed = await run();
    expect(rearmed.json).toMatchObject({ processed: 1, created: 1 });
    expect(await db.interaction.count({ where: { tenantId: tenant.id, workflowKey: { startsWith: "followup:" } } })).toBe(3);
  });

  it("never touches another tenant's interactions", async () => {
    const tenant = await createTestTenant();
    const other = await createTestTenant();
    const lead = await createLead(other.ctx, { name: "L", email: "l@example.com" });
    await createInteraction(other.ctx, { leadId: lead.id }, { type: "call", nextAction: "x", nextActionDate: daysAgo(1) });
    const reply = await callRoute(crm.processFollowUps.handler, { method: "POST", path: "/dev/crm/followups/process", headers: bearer(tenant.key) });
    expect(reply.json).toMatchObject({ processed: 0, created: 0 });
  });
});
