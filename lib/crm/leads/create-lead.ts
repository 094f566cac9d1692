import { getDb, type Prisma } from "@/lib/db/client";
import { assertMayWrite } from "../access/access";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { ValidationFailed, type FieldError } from "../errors";
import { recordEvent } from "../events/record-event";
import { SEQ, nextSeq } from "../sequence";
import { assertLeadEmailFree } from "./assert-lead-email-free";
import { leadCreateData, leadCreatedPayload } from "./lead-create-data";
import { displayName, type NewLead } from "./lead-input";
import { leadPublicId } from "./lead-public-id";
import { leadRecordSelect, type LeadRecord } from "./lead-record";
import { leadValueIn } from "./lead-value";

/**
 * The one way a lead comes into being, whichever dialect or page asks:
 * checks references belong to the tenant, numbers the lead, and records
 * `lead.created` in the same transaction.
 */
export async function createLead(ctx: CrmContext, input: NewLead, options: CreateLeadOptions = {}): Promise<LeadRecord> {
  const db = await getDb();
  return db.$transaction((tx) => createLeadIn(tx, ctx, input, options));
}

export interface CreateLeadOptions {
  /**
   * "reject": a second lead with an email the tenant already has is a
   * Conflict (the crm dialect, imports). Default "allow": the dialler and
   * gateway seeds take every submission.
   */
  duplicateEmail?: "reject" | "allow";
}

/** createLead inside a caller's transaction (dialler submissions, imports). */
export async function createLeadIn(tx: Prisma.TransactionClient, ctx: CrmContext, input: NewLead, options: CreateLeadOptions = {}): Promise<LeadRecord> {
  assertMayWrite(ctx);
  const name = displayName(input);
  if (!name) throw new ValidationFailed([{ field: "name", message: "Name is required" }]);
  const value = leadValueIn(input.value);
  await assertReferences(tx, ctx, input);
  if (options.duplicateEmail === "reject") await assertLeadEmailFree(tx, ctx, input.email);
  const seq = await nextSeq(tx, ctx.tenantId, SEQ.lead);
  const lead = await tx.lead.create({ data: leadCreateData(ctx, { ...input, value }, name, seq), select: leadRecordSelect });
  await recordEvent(tx, ctx.tenantId, "lead.created", leadCreatedPayload(lead, leadPublicId));
  await recordAudit(tx, ctx, { action: "lead.created", entityType: "lead", entityId: lead.id });
  return lead;
}

export async function assertReferences(tx: Prisma.TransactionClient, ctx: CrmContext, input: NewLead): Promise<void> {
  const problems: FieldError[] = [];
  // Sequential on purpose: a transaction is one connection (PGlite has only one).
  const campaign = input.campaignId ? await tx.campaign.findFirst({ where: { id: input.campaignId, tenantId: ctx.tenantId }, select: { id: true } }) : true;
  const assignee = input.assignedToId ? await tx.user.findFirst({ where: { id: input.assignedToId, tenantId: ctx.tenantId }, select: { id: true } }) : true;
  if (!campaign) problems.push({ field: "campaign_id", message: "Campaign not found" });
  if (!assignee) problems.push({ field: "assigned_to", message: "User not found" });
  if (problems.length > 0) throw new ValidationFailed(problems);
}
