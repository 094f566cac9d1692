import { describe, expect, it } from "vitest";
import { roleContext } from "@/lib/testing/role-context";
import { createTestTenant } from "@/lib/testing/test-tenant";
import { Forbidden } from "../errors";
import { createLead } from "../leads/create-lead";
import { getCustomerReport } from "./customer-report";
import { getLeadReport } from "./lead-report";

describe("reports for reps: their own leads, the same SQL with an owner scope", () => {
  it("gives a rep the leads assigned to them, and managers and analysts the tenant's", async () => {
    const tenant = await createTestTenant();
    const rep = await roleContext(tenant, "rep", "Rita");
    const other = await roleContext(tenant, "rep", "Otto");
    const manager = await roleContext(tenant, "manager", "Max");
    const analyst = await roleContext(tenant, "analyst", "Ana");
    const lead = (name: string, assignedToId: string | null, extra: { source?: "website" | "referral"; status?: "won" | "new" } = {}) =>
      createLead(tenant.ctx, { name, email: `${name.toLowerCase()}@example.com`, assignedToId, ...extra });
    await lead("Mine1", rep.actor.id, { source: "website", status: "won" });
    await lead("Mine2", rep.actor.id, { source: "referral" });
    await lead("Mine3", rep.actor.id, { source: "referral" });
    await lead("Theirs", other.actor.id, { source: "website" });
    await lead("Nobodys", null, { source: "website" });

    const mine = await getLeadReport(rep);
    expect(mine).toMatchObject({ ownerId: rep.actor.id, count: 3, converted: 1, won: 1, open: 2, conversionRate: 33.3 });
    expect(mine.bySource).toEqual([
      { source: "referral", count: 2, converted: 0, conversionRate: 0 },
      { source: "website", count: 1, converted: 1, conversionRate: 100 },
    ]);
    expect(mine.byOwner.map((row) => row.ownerName)).toEqual(["Rita"]);
    expect(mine.newPerWeek.reduce((sum, week) => sum + week.count, 0)).toBe(3);
    expect(Object.fromEntries(mine.byStatus.map((row) => [row.status, row.count]))).toEqual({ new: 2, won: 1 });

    for (const everyone of [manager, analyst, tenant.ctx]) {
      const report = await getLeadReport(everyone);
      expect(report).toMatchObject({ ownerId: null, count: 5, converted: 1 });
      expect(report.byOwner).toHaveLength(3);
    }
    // The other rep's report is theirs alone, too.
    expect(await getLeadReport(other)).toMatchObject({ ownerId: other.actor.id, count: 1 });
  });

  it("keeps workspace-wide customer figures from reps", async () => {
    const tenant = await createTestTenant();
    const rep = await roleContext(tenant, "rep", "Rita");
    const analyst = await roleContext(tenant, "analyst", "Ana");
    await expect(getCustomerReport(rep)).rejects.toBeInstanceOf(Forbidden);
    await expect(getCustomerReport(analyst)).resolves.toMatchObject({ total: 0 });
  });
});
