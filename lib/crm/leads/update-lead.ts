import { getDb, type Prisma } from "@/lib/db/client";
import type { LeadSource, LeadStatus } from "@/lib/db/generated/enums";
import { assertMayWrite, canSeeOwned } from "../access/access";
import { actorRef } from "../actor-ref";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { NotFound, ValidationFailed, type FieldError } from "../errors";
import { recordEvent } from "../events/record-event";
import { normalizePhone } from "../phone";
import { isUuid } from "../uuid";
import { assertLeadEmailFree } from "./assert-lead-email-free";
import { leadPublicId } from "./lead-public-id";
import { leadRecordSelect, type LeadRecord } from "./lead-record";
import { leadValueIn } from "./lead-value";

/** A partial change: `undefined` leaves a field as it is, `null` clears it. */
export interface LeadChanges {
  name?: string;
  firstName?: string | null;
  lastName?: string | null;
  email?: string;
  phone?: string | null;
  otherPhone?: string | null;
  company?: string | null;
  source?: LeadSource | null;
  status?: LeadStatus;
  score?: number | null;
  /** Expected deal value, a decimal string. */
  value?: string | null;
  notes?: string | null;
  campaignId?: string | null;
  assignedToId?: string | null;
  lastContactAt?: Date | null;
  customFields?: Record<string, unknown>;
}

/**
 * The one way a lead changes, whichever dialect or page asks: only the fields
 * given change; a status change records `lead.status_updated` (old, new, who)
 * in the same transaction as the change.
 */
export async function updateLead(ctx: CrmContext, leadId: string, changes: LeadChanges): Promise<LeadRecord> {
  const db = await getDb();
  return db.$transaction((tx) => updateLeadIn(tx, ctx, leadId, changes));
}

export async function updateLeadIn(tx: Prisma.TransactionClient, ctx: CrmContext, leadId: string, changes: LeadChanges): Promise<LeadRecord> {
  assertMayWrite(ctx);
  if (!isUuid(leadId)) throw new NotFound("Lead");
  // Lock the row: two concurrent status changes must each see the other's result as "old".
  const current = await tx.$queryRaw<{ status: LeadStatus; email: string; assignedToId: string | null }[]>`
    SELECT "status", "email", "assignedToId" FROM "Lead" WHERE "id" = ${leadId}::uuid AND "tenantId" = ${ctx.tenantId}::uuid FOR UPDATE`;
  const before = current[0];
  // Another rep's lead is as missing as one that never existed.
  if (!before || !canSeeOwned(ctx, before.assignedToId)) throw new NotFound("Lead");
  await assertReferences(tx, ctx, changes);
  // A changed email must stay unique in the tenant (the crm rule); an unchanged one is never re-checked.
  if (changes.email !== undefined && changes.email.trim().toLowerCase() !== before.email) await assertLeadEmailFree(tx, ctx, changes.email, leadId);

  const data: Prisma.LeadUncheckedUpdateInput = {};
  if (changes.name !== undefined) {
    const name = changes.name.trim();
    if (!name) throw new ValidationFailed([{ field: "name", message: "Name is required" }]);
    data.name = name;
  }
  if (changes.firstName !== undefined) data.firstName = changes.firstName?.trim() || null;
  if (changes.lastName !== undefined) data.lastName = changes.lastName?.trim() || null;
  if (changes.email !== undefined) data.email = changes.email.trim().toLowerCase();
  if (changes.phone !== undefined) {
    data.phone = changes.phone;
    data.phoneNormalized = normalizePhone(changes.phone);
  }
  if (changes.otherPhone !== undefined) data.otherPhone = changes.otherPhone;
  if (changes.company !== undefined) data.company = changes.company;
  if (changes.source !== undefined) data.source = changes.source;
  if (changes.status !== undefined) data.status = changes.status;
  if (changes.score !== undefined) data.score = changes.score;
  if (changes.value !== undefined) data.value = leadValueIn(changes.value);
  if (changes.notes !== undefined) data.notes = changes.notes;
  if (changes.campaignId !== undefined) data.campaignId = changes.campaignId;
  if (changes.assignedToId !== undefined) data.assignedToId = changes.assignedToId;
  if (changes.lastContactAt !== undefined) data.lastContactAt = changes.lastContactAt;
  if (changes.customFields !== undefined) data.customFields = changes.customFields as Prisma.InputJsonObject;

  const lead = await tx.lead.update({ where: { id: leadId }, data, select: leadRecordSelect });
  if (changes.status !== undefined && changes.status !== before.status) {
    await recordEvent(tx, ctx.tenantId, "lead.status_updated", {
      lead_id: leadPublicId(lead.id),
      old_status: before.status,
      new_status: lead.status,
      updated_by: actorRef(ctx.actor),
    });
  }
  await recordAudit(tx, ctx, {
    action: "lead.updated",
    entityType: "lead",
    entityId: lead.id,
    data: { fields: Object.keys(data), ...(data.status ? { old_status: before.status, new_status: lead.status } : {}) },
  });
  return lead;
}

async function assertReferences(tx: Prisma.TransactionClient, ctx: CrmContext, changes: LeadChanges): Promise<void> {
  const problems: FieldError[] = [];
  // Sequential on purpose: a transaction is one connection (PGlite has only one).
  if (changes.campaignId) {
    const found =
      isUuid(changes.campaignId) && (await tx.campaign.findFirst({ where: { id: changes.campaignId, tenantId: ctx.tenantId }, select: { id: true } }));
    if (!found) problems.push({ field: "campaign_id", message: "Campaign not found" });
  }
  if (changes.assignedToId) {
    const found =
      isUuid(changes.assignedToId) && (await tx.user.findFirst({ where: { id: changes.assignedToId, tenantId: ctx.tenantId }, select: { id: true } }));
    if (!found) problems.push({ field: "assigned_to", message: "User not found" });
  }
  if (problems.length > 0) throw new ValidationFailed(problems);
}
