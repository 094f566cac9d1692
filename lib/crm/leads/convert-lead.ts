import { getDb, type Prisma } from "@/lib/db/client";
import { assertMayWrite, canSeeOwned } from "../access/access";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { createCustomerIn } from "../customers/create-customer";
import { lockEmail } from "../email-lock";
import { NotFound } from "../errors";
import { isUuid } from "../uuid";
import { leadRecordSelect, type LeadRecord } from "./lead-record";
import { updateLeadIn } from "./update-lead";

export interface LeadConversion {
  lead: LeadRecord;
  customerId: string;
  /** How this call reached the customer: made now, linked to the tenant's customer with the lead's email, or the one an earlier conversion made. */
  outcome: "created" | "linked" | "already_converted";
}

/**
 * Converts a lead into a customer, once. The lead row is locked for the
 * whole transaction, so concurrent calls queue and every one after the first
 * finds the customer already set and answers it: never a second customer.
 * The customer is the tenant's existing one with the lead's email when there
 * is one (linked), else created through createCustomerIn (same rules, same
 * `customer.created` event). The lead becomes `converted` through
 * updateLeadIn (so `lead.status_updated` is recorded) with who and when.
 */
export async function convertLead(ctx: CrmContext, leadId: string): Promise<LeadConversion> {
  if (!isUuid(leadId)) throw new NotFound("Lead");
  const db = await getDb();
  return db.$transaction((tx) => convertLeadIn(tx, ctx, leadId), { maxWait: 10_000, timeout: 20_000 });
}

export async function convertLeadIn(tx: Prisma.TransactionClient, ctx: CrmContext, leadId: string): Promise<LeadConversion> {
  assertMayWrite(ctx);
  const locked = await tx.$queryRaw<{ customerId: string | null; assignedToId: string | null }[]>`
    SELECT "customerId", "assignedToId" FROM "Lead" WHERE "id" = ${leadId}::uuid AND "tenantId" = ${ctx.tenantId}::uuid FOR UPDATE`;
  if (!locked[0] || !canSeeOwned(ctx, locked[0].assignedToId)) throw new NotFound("Lead");
  const lead = await tx.lead.findUniqueOrThrow({ where: { id: leadId }, select: leadRecordSelect });
  if (lead.customerId && lead.convertedAt) return { lead, customerId: lead.customerId, outcome: "already_converted" };

  // The customer-email lock first: a customer created concurrently with this email cannot slip in between.
  await lockEmail(tx, ctx.tenantId, "customer", lead.email);
  const existing = await tx.customer.findFirst({ where: { tenantId: ctx.tenantId, email: lead.email }, select: { id: true } });
  const customerId =
    existing?.id ??
    (
      await createCustomerIn(tx, ctx, {
        name: lead.name,
        email: lead.email,
        phone: lead.phone,
        company: lead.company,
        type: lead.company ? "business" : "individual",
        notes: lead.notes,
        customFields: (lead.customFields ?? {}) as Record<string, unknown>,
        assignedToId: lead.assignedToId,
        leadId: lead.id,
      })
    ).id;

  await updateLeadIn(tx, ctx, leadId, { status: "converted" });
  const converted = await tx.lead.update({
    where: { id: leadId },
    data: { customerId, convertedAt: new Date(), convertedById: ctx.actor.type === "user" ? ctx.actor.id : null },
    select: leadRecordSelect,
  });
  await recordAudit(tx, ctx, { action: "lead.converted", entityType: "lead", entityId: leadId, data: { customer_id: customerId, linked: Boolean(existing) } });
  return { lead: converted, customerId, outcome: existing ? "linked" : "created" };
}
