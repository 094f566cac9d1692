import { describe, expect, it } from "vitest";
import { crm } from "@/lib/dialects";
import { listLeadCalls } from "@/lib/crm/calls/lead-calls";
import { Forbidden, NotFound } from "@/lib/crm/errors";
import { leadCsv } from "@/lib/crm/exports/lead-csv";
import { exportLeads } from "@/lib/crm/exports/export-leads";
import { createInteraction } from "@/lib/crm/interactions/create-interaction";
import { deleteInteraction } from "@/lib/crm/interactions/delete-interaction";
import { listInteractions } from "@/lib/crm/interactions/list-interactions";
import { updateInteraction } from "@/lib/crm/interactions/update-interaction";
import { listStageCards } from "@/lib/crm/pipeline/list-stage-cards";
import { pipelineSummary } from "@/lib/crm/pipeline/pipeline-summary";
import { getDb } from "@/lib/db/client";
import { callRoute } from "@/lib/testing/call-route";
import { roleContext } from "@/lib/testing/role-context";
import { createTestTenant } from "@/lib/testing/test-tenant";
import { bulkDeleteLeads } from "./bulk-delete-leads";
import { bulkUpdateLeads } from "./bulk-update-leads";
import { convertLead } from "./convert-lead";
import { createLead } from "./create-lead";
import { deleteLead } from "./delete-lead";
import { getLead } from "./get-lead";
import { listLeads } from "./list-leads";
import { updateLead } from "./update-lead";

/** Two reps, a manager and an analyst; a lead of each rep and an unassigned one. */
async function team() {
  const tenant = await createTestTenant();
  const rep = await roleContext(tenant, "rep", "Rita");
  const otherRep = await roleContext(tenant, "rep", "Otto");
  const manager = await roleContext(tenant, "manager", "Max");
  const analyst = await roleContext(tenant, "analyst", "Ana");
  const mine = await createLead(tenant.ctx, { name: "Mine", email: "mine@example.com", assignedToId: rep.actor.id, value: "100.00" });
  const theirs = await createLead(tenant.ctx, { name: "Theirs", email: "theirs@example.com", assignedToId: otherRep.actor.id, value: "900.00" });
  const nobodys = await createLead(tenant.ctx, { name: "Nobody's", email: "nobody@example.com", value: "50.00" });
  return { tenant, rep, otherRep, manager, analyst, mine, theirs, nobodys };
}

const names = (leads: { name: string }[]) => leads.map((l) => l.name).sort();

describe("leads: who sees and changes what", () => {
  it("shows a rep their own and unassigned leads only: list, get, board, summary, export, interactions, calls", async () => {
    const { rep, manager, analyst, mine, theirs, nobodys } = await team();
    expect(names((await listLeads(rep, { limit: 10 })).leads)).toEqual(["Mine", "Nobody's"]);
    expect(names((await listLeads(rep, { limit: 10, search: "theirs" })).leads)).toEqual([]);
    expect(names((await listLeads(manager, { limit: 10 })).leads)).toEqual(["Mine", "Nobody's", "Theirs"]);
    expect(names((await listLeads(analyst, { limit: 10 })).leads)).toEqual(["Mine", "Nobody's", "Theirs"]);
    // Keyset pages keep the scope (the cursor adds its own OR).
    const first = await listLeads(rep, { limit: 1 });
    expect(names((await listLeads(rep, { limit: 5, cursor: first.nextCursor! })).leads)).toHaveLength(1);

    expect((await getLead(rep, mine.id)).name).toBe("Mine");
    expect((await getLead(rep, nobodys.id)).name).toBe("Nobody's");
    await expect(getLead(rep, theirs.id)).rejects.toBeInstanceOf(NotFound);
    await expect(getLead(rep, "00000000-0000-7000-8000-000000000000")).rejects.toBeInstanceOf(NotFound);

    expect(names((await listStageCards(rep, "new", { owner: "all" })).cards)).toEqual(["Mine", "Nobody's"]);
    expect((await listStageCards(rep, "new", { owner: theirs.assignedToId! })).cards).toEqual([]);
    const summary = await pipelineSummary(rep, {});
    expect(summary.find((s) => s.status === "new")).toEqual({ status: "new", count: 2, value: "150.00" });
    expect((await pipelineSummary(manager, {})).find((s) => s.status === "new")).toEqual({ status: "new", count: 3, value: "1050.00" });

    const exported: string[] = [];
    for await (const page of exportLeads(rep, {}, 1)) exported.push(...page.map((l) => l.name));
    expect(exported.sort()).toEqual(["Mine", "Nobody's"]);
    const csv = await new Response(leadCsv(rep, { ids: [mine.id, theirs.id] })).text();
    expect(csv).toContain("mine@example.com");
    expect(csv).not.toContain("theirs@example.com");
    expect(csv.split("\r\n")[0]).toContain(",value,");

    await expect(listInteractions(rep, { leadId: theirs.id }, { limit: 5 })).rejects.toBeInstanceOf(NotFound);
    await expect(createInteraction(rep, { leadId: theirs.id }, { type: "call" })).rejects.toBeInstanceOf(NotFound);
    await expect(listLeadCalls(rep, theirs.id)).rejects.toBeInstanceOf(NotFound);
    expect(await listLeadCalls(rep, mine.id)).toEqual([]);
  });

  it("lets a rep change only their own and unassigned leads; another rep's answers NotFound and stays as it was", async () => {
    const { tenant, rep, otherRep, mine, theirs, nobodys } = await team();
    expect((await updateLead(rep, mine.id, { status: "contacted", value: "250.50" })).value?.toFixed(2)).toBe("250.50");
    expect((await updateLead(rep, nobodys.id, { assignedToId: rep.actor.id })).assignedToId).toBe(rep.actor.id);
    await expect(updateLead(rep, theirs.id, { status: "lost" })).rejects.toBeInstanceOf(NotFound);
    await expect(deleteLead(rep, theirs.id)).rejects.toBeInstanceOf(NotFound);
    await expect(convertLead(rep, theirs.id)).rejects.toBeInstanceOf(NotFound);

    const note = await createInteraction(otherRep, { leadId: theirs.id }, { type: "note", notes: "private" });
    await expect(updateInteraction(rep, { leadId: theirs.id }, note.id, { notes: "x" })).rejects.toBeInstanceOf(NotFound);
    await expect(deleteInteraction(rep, { leadId: theirs.id }, note.id)).rejects.toBeInstanceOf(NotFound);

    const untouched = await getLead(tenant.ctx, theirs.id);
    expect(untouched.status).toBe("new");
    expect(untouched.convertedAt).toBeNull();

    const conversion = await convertLead(rep, mine.id);
    expect(conversion.outcome).toBe("created");
    await deleteLead(rep, mine.id);
    await expect(getLead(tenant.ctx, mine.id)).rejects.toBeInstanceOf(NotFound);
  });

  it("refuses every lead write to an analyst (Forbidden), while API keys act for the whole tenant", async () => {
    const { tenant, analyst, mine, theirs } = await team();
    await expect(createLead(analyst, { name: "New", email: "new@example.com" })).rejects.toBeInstanceOf(Forbidden);
    await expect(updateLead(analyst, mine.id, { status: "lost" })).rejects.toBeInstanceOf(Forbidden);
    await expect(deleteLead(analyst, mine.id)).rejects.toBeInstanceOf(Forbidden);
    await expect(convertLead(analyst, mine.id)).rejects.toBeInstanceOf(Forbidden);
    await expect(bulkUpdateLeads(analyst, [mine.id], { status: "lost" })).rejects.toBeInstanceOf(Forbidden);
    await expect(bulkDeleteLeads(analyst, [mine.id])).rejects.toBeInstanceOf(Forbidden);
    await expect(createInteraction(analyst, { leadId: mine.id }, { type: "note" })).rejects.toBeInstanceOf(Forbidden);
    expect((await getLead(analyst, theirs.id)).name).toBe("Theirs");

    const reply = await callRoute(crm.updateLead.handler, {
      method: "PUT",
      path: `/dev/crm/leads/${theirs.id}`,
      headers: { Authorization: `Bearer ${tenant.key}` },
      params: { leadId: theirs.id },
      body: { status: "qualified" },
    });
    expect(reply.status).toBe(200);
  });

  it("bulk-updates in one transaction with one status event per lead, and fails whole when one lead is another rep's", async () => {
    const { tenant, rep, mine, theirs, nobodys } = await team();
    await expect(bulkUpdateLeads(rep, [mine.id, theirs.id], { status: "qualified" })).rejects.toBeInstanceOf(NotFound);
    expect((await getLead(tenant.ctx, mine.id)).status).toBe("new");

    expect(await bulkUpdateLeads(rep, [mine.id, nobodys.id, mine.id], { status: "qualified" })).toEqual({ updated: 2 });
    const db = await getDb();
    const events = await db.outboxEvent.findMany({ where: { tenantId: tenant.id, type: "lead.status_updated" }, select: { payload: true } });
    expect(events).toHaveLength(2);
    expect(events.map((e) => (e.payload as { data: { new_status: string } }).data.new_status)).toEqual(["qualified", "qualified"]);

    expect(await bulkUpdateLeads(rep, [nobodys.id], { assignedToId: rep.actor.id })).toEqual({ updated: 1 });
    await expect(bulkUpdateLeads(rep, [], { status: "lost" })).rejects.toMatchObject({ kind: "validation" });
    await expect(bulkUpdateLeads(rep, [mine.id], {})).rejects.toMatchObject({ kind: "validation" });

    await expect(bulkDeleteLeads(rep, [mine.id, theirs.id])).rejects.toBeInstanceOf(NotFound);
    expect(await bulkDeleteLeads(rep, [mine.id, nobodys.id])).toEqual({ deleted: 2 });
    expect(names((await listLeads(tenant.ctx, { limit: 10 })).leads)).toEqual(["Theirs"]);
  });
});
