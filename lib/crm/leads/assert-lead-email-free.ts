import type { Prisma } from "@/lib/db/client";
import type { CrmContext } from "../context";
import { lockEmail } from "../email-lock";
import { Conflict } from "../errors";

/**
 * The crm rule "one lead per email in a tenant": takes the tenant's lock on
 * the address (held to the end of the transaction, so concurrent writers of
 * one email queue up) and throws Conflict when another lead already has it.
 * `exceptId` is the lead being changed.
 */
export async function assertLeadEmailFree(tx: Prisma.TransactionClient, ctx: CrmContext, email: string, exceptId?: string): Promise<void> {
  const normalized = email.trim().toLowerCase();
  await lockEmail(tx, ctx.tenantId, "lead", normalized);
  const taken = await tx.lead.findFirst({
    where: { tenantId: ctx.tenantId, email: normalized, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (taken) throw new Conflict("A lead with this email already exists", "email");
}
