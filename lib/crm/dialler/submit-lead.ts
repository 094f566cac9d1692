import { getDb, type Prisma } from "@/lib/db/client";
import type { CrmContext } from "../context";
import { createLeadIn } from "../leads/create-lead";
import { normalizePhone } from "../phone";
import { ValidationFailed } from "../errors";
import { lockDiallerNumber } from "./dialler-lock";
import { DIALLER_TX } from "./dialler-transaction";
import { publishQueueChange } from "./publish-queue-change";

export interface DiallerSubmission {
  firstName: string;
  lastName: string;
  email: string;
  mobile: string;
  otherPhone?: string;
  /** Lead type name, e.g. "motor-trade". */
  type: string;
  subtype?: string;
  /** The parsed `data` JSON, kept as custom fields. */
  data?: Record<string, unknown>;
  /** Postpone the call by this many seconds. */
  delaySeconds?: number;
}

export type DiallerOutcome =
  | { outcome: "scheduled"; leadId: string; scheduledFor: Date }
  | { outcome: "unknown_type"; leadId: string }
  | { outcome: "existing_contact"; leadId: string }
  | { outcome: "already_scheduled"; leadId: string };

/**
 * A partner's lead for the dialler: stored as a lead, and a call scheduled at
 * now + delay for reps to work. One scheduled call per (type, number): a
 * second submission while one is pending is refused, and a number already
 * worked for that type is an existing contact. Submissions for a number are
 * serialised by an advisory lock, so concurrent duplicates cannot both pass.
 */
export async function submitDiallerLead(ctx: CrmContext, input: DiallerSubmission, now = new Date()): Promise<DiallerOutcome> {
  const phone = normalizePhone(input.mobile);
  if (!phone) throw new ValidationFailed([{ field: "mobile", message: "Mobile is not a valid phone number." }]);
  const db = await getDb();
  // A burst for one number queues on the lock, each holding a connection: wait for one longer than Prisma's 2 s.
  const result = await db.$transaction(async (tx): Promise<DiallerOutcome & { scheduledCallId?: string }> => {
    await lockDiallerNumber(tx, ctx.tenantId, phone);
    const type = await tx.leadType.findFirst({
      where: { tenantId: ctx.tenantId, name: input.type, active: true },
      select: { id: true, subtypes: { where: { name: input.subtype ?? "", active: true }, select: { id: true } } },
    });
    const customFields = { ...input.data, dialler_type: input.type, ...(input.subtype ? { dialler_subtype: input.subtype } : {}) };

    if (!type) {
      // Keep the data (nothing is lost), but there is nothing to dial for an unknown type.
      const known = await tx.lead.findFirst({ where: { tenantId: ctx.tenantId, phoneNormalized: phone }, select: { id: true } });
      const lead = known ?? (await createLeadIn(tx, ctx, leadFields(input, customFields)));
      return { outcome: "unknown_type", leadId: lead.id };
    }

    const pending = await tx.scheduledCall.findFirst({
      where: { tenantId: ctx.tenantId, leadTypeId: type.id, phoneNormalized: phone, status: "scheduled" },
      select: { leadId: true },
    });
    if (pending) return { outcome: "already_scheduled", leadId: pending.leadId };

    const existing = await tx.lead.findFirst({
      where: { tenantId: ctx.tenantId, phoneNormalized: phone, OR: [{ leadTypeId: type.id }, { leadTypeId: null }] },
      orderBy: { createdAt: "desc" },
      select: { id: true, leadTypeId: true },
    });
    if (existing?.leadTypeId) {
      await tx.interaction.create({
        data: {
          tenantId: ctx.tenantId,
          leadId: existing.id,
          type: "note",
          subject: "Dialler resubmission",
          notes: "The lead was submitted again through the dialler API.",
        },
      });
      return { outcome: "existing_contact", leadId: existing.id };
    }

    const subtypeId = type.subtypes[0]?.id ?? null;
    const leadId = existing
      ? (await tx.lead.update({ where: { id: existing.id }, data: { leadTypeId: type.id, leadSubtypeId: subtypeId }, select: { id: true } })).id
      : (await createLeadIn(tx, ctx, { ...leadFields(input, customFields), leadTypeId: type.id, leadSubtypeId: subtypeId })).id;
    const scheduledFor = new Date(now.getTime() + Math.max(0, input.delaySeconds ?? 0) * 1000);
    const scheduled = await tx.scheduledCall.create({
      data: { tenantId: ctx.tenantId, leadId, leadTypeId: type.id, phoneNormalized: phone, scheduledFor },
      select: { id: true },
    });
    return { outcome: "scheduled", leadId, scheduledFor, scheduledCallId: scheduled.id };
  }, DIALLER_TX);
  const { scheduledCallId, ...outcome } = result;
  if (scheduledCallId) publishQueueChange(ctx, "added", [scheduledCallId], now);
  return outcome;
}

function leadFields(input: DiallerSubmission, customFields: Record<string, unknown>) {
  return {
    firstName: input.firstName,
    lastName: input.lastName,
    email: input.email,
    phone: input.mobile,
    otherPhone: input.otherPhone ?? null,
    source: "other" as const,
    customFields: customFields as Prisma.InputJsonObject,
  };
}
