import type { Prisma } from "@/lib/db/client";

/** Moves a lead's last_contact forward to `at` (never backwards: an old call logged late keeps the newer contact). */
export async function touchLeadContact(tx: Prisma.TransactionClient, tenantId: string, leadId: string, at: Date): Promise<void> {
  await tx.lead.updateMany({
    where: { id: leadId, tenantId, OR: [{ lastContactAt: null }, { lastContactAt: { lt: at } }] },
    data: { lastContactAt: at },
  });
}
