import type { Prisma } from "@/lib/db/client";
import type { CrmContext } from "../context";
import { normalizePhone } from "../phone";
import type { NewLead } from "./lead-input";

/** The columns of a new lead: one normalisation for createLeadIn and the bulk createLeadsIn. */
export function leadCreateData(ctx: CrmContext, input: NewLead, name: string, seq: number): Prisma.LeadCreateManyInput {
  return {
    tenantId: ctx.tenantId,
    seq,
    name,
    firstName: input.firstName?.trim() || null,
    lastName: input.lastName?.trim() || null,
    email: input.email.trim().toLowerCase(),
    phone: input.phone ?? null,
    phoneNormalized: normalizePhone(input.phone),
    otherPhone: input.otherPhone ?? null,
    company: input.company ?? null,
    source: input.source ?? null,
    status: input.status ?? "new",
    score: input.score ?? null,
    value: input.value ?? null,
    notes: input.notes ?? null,
    campaignId: input.campaignId ?? null,
    assignedToId: input.assignedToId ?? null,
    lastContactAt: input.lastContactAt ?? null,
    customFields: (input.customFields ?? {}) as Prisma.InputJsonObject,
    leadTypeId: input.leadTypeId ?? null,
    leadSubtypeId: input.leadSubtypeId ?? null,
  };
}

/** The `lead.created` event payload (the gateway seed's shape). */
export function leadCreatedPayload(
  lead: { id: string; name: string; email: string; source: string | null },
  leadPublicId: (id: string) => string,
): Prisma.InputJsonObject {
  return { lead_id: leadPublicId(lead.id), name: lead.name, email: lead.email, source: lead.source };
}
