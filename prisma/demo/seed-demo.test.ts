import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { seedDemo } from "./seed-demo";

describe("demo seed", () => {
  it("dates history in the past and only next actions ahead; the demo rep has leads, tasks, unassigned leads and another rep's leads", async () => {
    await seedDemo(() => {});
    const db = await getDb();
    const tenant = await db.tenant.findUniqueOrThrow({ where: { clientId: "client-demo" }, select: { id: true } });
    const now = new Date();
    const users = await db.user.findMany({ where: { tenantId: tenant.id }, select: { id: true, email: true } });
    const id = (email: string) => users.find((u) => u.email === email)!.id;
    const rep = id("rep@demo.relaycrm.test");
    const rep2 = id("rep2@demo.relaycrm.test");

    expect(await db.interaction.count({ where: { tenantId: tenant.id, occurredAt: { gt: now } } })).toBe(0);
    expect(await db.lead.count({ where: { tenantId: tenant.id, OR: [{ lastContactAt: { gt: now } }, { convertedAt: { gt: now } }] } })).toBe(0);
    const startOfToday = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
    expect(await db.interaction.count({ where: { tenantId: tenant.id, nextActionDate: { lt: startOfToday } } })).toBe(0);
    expect(await db.interaction.count({ where: { tenantId: tenant.id, nextActionDate: { not: null }, nextAction: null } })).toBe(0);

    expect(await db.lead.count({ where: { tenantId: tenant.id, assignedToId: rep } })).toBeGreaterThan(20);
    expect(await db.lead.count({ where: { tenantId: tenant.id, assignedToId: rep2 } })).toBeGreaterThan(20);
    expect(await db.lead.count({ where: { tenantId: tenant.id, assignedToId: null } })).toBeGreaterThan(20);
    expect(await db.interaction.count({ where: { tenantId: tenant.id, userId: rep, nextActionDate: { gte: now } } })).toBeGreaterThan(3);
  }, 180_000);
});
