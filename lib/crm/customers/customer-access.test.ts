import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/db/generated/enums";
import { crm } from "@/lib/dialects";
import { getCustomerCallHistory } from "@/lib/crm/calls/customer-call-history";
import type { CrmContext } from "@/lib/crm/context";
import { Forbidden, NotFound } from "@/lib/crm/errors";
import { exportCustomers } from "@/lib/crm/exports/export-customers";
import { listCustomerFeedback } from "@/lib/crm/feedback/list-customer-feedback";
import { requestFeedback } from "@/lib/crm/feedback/request-feedback";
import { createInteraction } from "@/lib/crm/interactions/create-interaction";
import { listInteractions } from "@/lib/crm/interactions/list-interactions";
import { createUser } from "@/lib/crm/users/create-user";
import { callRoute } from "@/lib/testing/call-route";
import { addInteraction, daysAgo } from "@/lib/testing/customer-history";
import { createTestTenant, type TestTenant } from "@/lib/testing/test-tenant";
import { createCustomer } from "./create-customer";
import { countCustomerSegments } from "./customer-segments";
import { deleteCustomer } from "./delete-customer";
import { getCustomer } from "./get-customer";
import { getCustomerHealth } from "./get-customer-health";
import { getCustomerHealthScores } from "./get-customer-health-scores";
import { listCustomers } from "./list-customers";
import { updateCustomer } from "./update-customer";

async function userCtx(tenant: TestTenant, role: Role, name: string): Promise<CrmContext> {
  const user = await createUser(tenant.ctx, { name, email: `${name.toLowerCase()}-${tenant.clientId}@example.com`, password: "a-long-password", role });
  return { tenantId: tenant.id, actor: { type: "user", id: user.id, role } };
}

/** Two reps, a manager and an analyst; a customer of each rep and an unassigned one. */
async function team() {
  const tenant = await createTestTenant();
  const rep = await userCtx(tenant, "rep", "Rita");
  const otherRep = await userCtx(tenant, "rep", "Otto");
  const manager = await userCtx(tenant, "manager", "Max");
  const analyst = await userCtx(tenant, "analyst", "Ana");
  const mine = await createCustomer(tenant.ctx, { name: "Mine", email: "mine@example.com", assignedToId: rep.actor.id });
  const theirs = await createCustomer(tenant.ctx, { name: "Theirs", email: "theirs@example.com", assignedToId: otherRep.actor.id, type: "business" });
  const nobodys = await createCustomer(tenant.ctx, { name: "Nobody's", email: "nobody@example.com" });
  return { tenant, rep, otherRep, manager, analyst, mine, theirs, nobodys };
}

const names = (customers: { name: string }[]) => customers.map((c) => c.name).sort();

describe("customers: who sees and changes what", () => {
  it("shows a rep their own and unassigned customers only, everywhere the customers are read", async () => {
    const { rep, mine, theirs, nobodys, tenant } = await team();
    expect(names((await listCustomers(rep, { limit: 10 })).customers)).toEqual(["Mine", "Nobody's"]);
    expect(names((await listCustomers(rep, { limit: 10, type: "business" })).customers)).toEqual([]);
    expect((await getCustomer(rep, { id: mine.id })).name).toBe("Mine");
    expect((await getCustomer(rep, { id: nobodys.id })).name).toBe("Nobody's");
    expect((await getCustomerHealth(rep, mine.id)).customerId).toBe(mine.id);

    const summary = await countCustomerSegments(rep);
    expect(summary.total).toBe(2);
    expect(summary.segments.find((s) => s.key === "business")?.count).toBe(0);

    const exported: string[] = [];
    for await (const page of exportCustomers(rep, {}, 1)) exported.push(...page.map((c) => c.name));
    expect(exported.sort()).toEqual(["Mine", "Nobody's"]);

    // Another rep's customer answers exactly like a missing one, for reads and writes alike.
    await addInteraction(tenant.id, theirs.id, daysAgo(1));
    const hidden: (() => Promise<unknown>)[] = [
      () => getCustomer(rep, { id: theirs.id }),
      () => getCustomerHealth(rep, theirs.id),
      () => updateCustomer(rep, { id: theirs.id }, { notes: "mine now" }),
      () => deleteCustomer(rep, { id: theirs.id }),
      () => listInteractions(rep, { customerId: theirs.id }, { limit: 10 }),
      () => createInteraction(rep, { customerId: theirs.id }, { type: "call", subject: "Hello" }),
      () => requestFeedback(rep, theirs.id),
      () => getCustomerCallHistory(rep, { id: theirs.id }, 10, false),
      () => listCustomerFeedback(rep, theirs.id),
    ];
    for (const attempt of hidden) await expect(attempt()).rejects.toBeInstanceOf(NotFound);
    expect((await getCustomer(tenant.ctx, { id: theirs.id })).notes).toBeNull();
    // The list's health column: scores only for what the rep may see.
    const scores = await getCustomerHealthScores(rep, [mine.id, theirs.id, "not-a-uuid"]);
    expect([...scores.keys()]).toEqual([mine.id]);
    expect(scores.get(mine.id)).toEqual({ score: 40, band: "at_risk" });
  });

  it("lets a rep change and log on their own and unassigned customers", async () => {
    const { rep, mine, nobodys } = await team();
    expect((await updateCustomer(rep, { id: mine.id }, { notes: "Renewal in May" })).notes).toBe("Renewal in May");
    await createInteraction(rep, { customerId: nobodys.id }, { type: "meeting", subject: "Intro" });
    expect((await listInteractions(rep, { customerId: nobodys.id }, { limit: 10 })).interactions).toHaveLength(1);
    expect((await deleteCustomer(rep, { id: nobodys.id })).id).toBe(nobodys.id);
  });

  it("shows managers and analysts the whole workspace, and keeps analysts read-only", async () => {
    const { manager, analyst, theirs, mine } = await team();
    for (const ctx of [manager, analyst]) {
      expect(names((await listCustomers(ctx, { limit: 10 })).customers)).toEqual(["Mine", "Nobody's", "Theirs"]);
      expect((await countCustomerSegments(ctx)).total).toBe(3);
      expect((await getCustomerHealth(ctx, theirs.id)).customerId).toBe(theirs.id);
    }
    const writes: (() => Promise<unknown>)[] = [
      () => createCustomer(analyst, { name: "New", email: "new@example.com" }),
      () => updateCustomer(analyst, { id: mine.id }, { notes: "x" }),
      () => deleteCustomer(analyst, { id: mine.id }),
      () => createInteraction(analyst, { customerId: mine.id }, { type: "call", subject: "Hi" }),
      () => requestFeedback(analyst, mine.id),
    ];
    for (const attempt of writes) await expect(attempt()).rejects.toBeInstanceOf(Forbidden);
    expect((await updateCustomer(manager, { id: theirs.id }, { notes: "Handled by Max" })).notes).toBe("Handled by Max");
  });

  it("keeps API keys tenant-wide", async () => {
    const { tenant } = await team();
    const reply = await callRoute(crm.listCustomers.handler, { path: "/dev/crm/customers", headers: { Authorization: `Bearer ${tenant.key}` } });
    expect(reply.status).toBe(200);
    expect(names(reply.json.data)).toEqual(["Mine", "Nobody's", "Theirs"]);
  });

  it("exports exactly what the list shows for a segment", async () => {
    const { tenant, manager } = await team();
    const recent = await createCustomer(tenant.ctx, { name: "Talked", email: "talked@example.com" });
    for (const days of [1, 2, 3, 4, 5, 6]) await addInteraction(tenant.id, recent.id, daysAgo(days));
    const listed = await listCustomers(manager, { limit: 50, segment: "at_risk" });
    const exported: string[] = [];
    for await (const page of exportCustomers(manager, { segment: "at_risk" })) exported.push(...page.map((c) => c.name));
    expect(exported).toEqual(listed.customers.map((c) => c.name));
    expect(exported).not.toContain("Talked");
  });
});
