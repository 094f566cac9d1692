import { getDb } from "@/lib/db/client";
import { lockEmails } from "@/lib/crm/email-lock";
import { createLeadsIn } from "@/lib/crm/leads/create-leads";
import { createTestTenant } from "@/lib/testing/test-tenant";
const t = await createTestTenant();
const db = await getDb();
const emails = Array.from({ length: 2000 }, (_, i) => `p${i}@example.com`);
const time = async (label: string, fn: () => Promise<unknown>) => { const s = performance.now(); await fn(); console.log(label, (performance.now() - s).toFixed(0)); };
await db.$transaction(async (tx) => {
  await time("locks", () => lockEmails(tx, t.id, "lead", emails));
  await time("find", () => tx.lead.findMany({ where: { tenantId: t.id, email: { in: emails } }, select: { id: true } }));
  await time("create", () => createLeadsIn(tx, t.ctx, emails.map((email, i) => ({ name: `N ${i}`, email }))));
}, { timeout: 600000 });
process.exit(0);
