import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type * as CurrentUserModule from "@/lib/auth/current-user";
import type { CrmContext } from "@/lib/crm/context";
import { createLead } from "@/lib/crm/leads/create-lead";
import { getLead } from "@/lib/crm/leads/get-lead";
import { roleContext } from "@/lib/testing/role-context";
import { createTestTenant } from "@/lib/testing/test-tenant";

// The pages' server actions, run as the signed-in user would run them: the session is the only thing stubbed.
let signedIn: CrmContext;
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("@/lib/auth/current-user", async (original) => {
  const real = await original<typeof CurrentUserModule>();
  const current = async () => {
    if (signedIn.actor.type !== "user") throw new Error("not a user");
    return { ctx: signedIn, user: { id: signedIn.actor.id, role: signedIn.actor.role } };
  };
  return {
    ...real,
    requireUser: current,
    requirePermission: async (permission: Parameters<typeof real.requirePermission>[0]) => {
      const user = await current();
      const { can } = await import("@/lib/auth/roles");
      if (!can(user.user.role, permission)) throw new real.PermissionDenied(permission);
      return user;
    },
  };
});

const { bulkDeleteLeadsAction, bulkUpdateLeadsAction, createLeadAction } = await import("./actions");
const { updateLeadAction, convertLeadAction } = await import("./[id]/actions");
const { completeTaskAction } = await import("../tasks/actions");
const { GET: exportLeads } = await import("./export/route");

async function team() {
  const tenant = await createTestTenant();
  const rep = await roleContext(tenant, "rep", "Rita");
  const otherRep = await roleContext(tenant, "rep", "Otto");
  const analyst = await roleContext(tenant, "analyst", "Ana");
  const mine = await createLead(tenant.ctx, { name: "Mine", email: "mine@example.com", assignedToId: rep.actor.id });
  const theirs = await createLead(tenant.ctx, { name: "Theirs", email: "theirs@example.com", assignedToId: otherRep.actor.id });
  return { tenant, rep, otherRep, analyst, mine, theirs };
}

describe("lead pages' server actions and export route follow the role rules", () => {
  beforeEach(() => vi.clearAllMocks());

  it("creates a lead from the form (value, field errors, duplicate email beside the field)", async () => {
    const { rep } = await team();
    signedIn = rep;
    const created = await createLeadAction({
      name: "Ada",
      email: "ADA@example.com",
      status: "new",
      value: "1,250.50",
      score: "70",
      assignedToId: rep.actor.id,
    });
    expect(created.ok).toBe(true);
    const lead = await getLead(rep, (created as { data: { id: string } }).data.id);
    expect([lead.email, lead.value?.toFixed(2), lead.score]).toEqual(["ada@example.com", "1250.50", 70]);

    const duplicate = await createLeadAction({ name: "Ada 2", email: "ada@example.com", status: "new" });
    expect(duplicate).toMatchObject({ ok: false, fields: { email: "A lead with this email already exists" } });
    const bad = await createLeadAction({ name: "", email: "x", status: "new", value: "-3" });
    expect(bad.ok).toBe(false);
  });

  it("answers another rep's lead as not found in edit, convert, bulk and export; analysts are refused", async () => {
    const { rep, analyst, mine, theirs } = await team();
    signedIn = rep;
    const form = { name: "Changed", email: "theirs@example.com", status: "lost" };
    expect(await updateLeadAction(theirs.id, form)).toMatchObject({ ok: false, message: "Lead not found" });
    expect(await convertLeadAction(theirs.id)).toMatchObject({ ok: false, message: "Lead not found" });
    expect(await bulkUpdateLeadsAction([mine.id, theirs.id], { status: "won" })).toMatchObject({ ok: false, message: "Lead not found" });
    expect(await bulkDeleteLeadsAction([theirs.id])).toMatchObject({ ok: false, message: "Lead not found" });
    expect(await bulkUpdateLeadsAction([mine.id], { status: "qualified" })).toEqual({ ok: true, data: { updated: 1 } });

    const csv = await (await exportLeads(new NextRequest(`http://localhost/leads/export?ids=${mine.id},${theirs.id}`))).text();
    expect(csv).toContain("mine@example.com");
    expect(csv).not.toContain("theirs@example.com");

    signedIn = analyst;
    expect(await bulkUpdateLeadsAction([mine.id], { status: "won" })).toMatchObject({ ok: false });
    expect(await updateLeadAction(mine.id, { ...form, email: "mine@example.com" })).toMatchObject({ ok: false });
    expect(await completeTaskAction(mine.id)).toMatchObject({ ok: false });
    expect((await getLead(analyst, mine.id)).status).toBe("qualified");
  });
});
