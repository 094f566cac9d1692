import type { Prisma } from "@/lib/db/client";
import { insertUnnest, type UnnestColumn } from "../bulk/insert-unnest";
import type { CrmContext } from "../context";
import { ValidationFailed } from "../errors";
import { recordEvents } from "../events/record-events";
import { SEQ, nextSeqBlock } from "../sequence";
import { uuidV7 } from "../uuid-v7";
import { leadCreateData, leadCreatedPayload } from "./lead-create-data";
import { displayName, type NewLead } from "./lead-input";
import { leadPublicId } from "./lead-public-id";
import { leadValueIn } from "./lead-value";

type LeadRow = Prisma.LeadCreateManyInput & { id: string; createdAt: Date };

/** The columns a new lead fills, each from leadCreateData's normalised values. */
const LEAD_COLUMNS: readonly UnnestColumn<LeadRow>[] = [
  { name: "id", type: "uuid", value: (r) => r.id },
  { name: "tenantId", type: "uuid", value: (r) => r.tenantId },
  { name: "seq", type: "int", value: (r) => r.seq },
  { name: "name", type: "text", value: (r) => r.name },
  { name: "firstName", type: "text", value: (r) => r.firstName },
  { name: "lastName", type: "text", value: (r) => r.lastName },
  { name: "email", type: "text", value: (r) => r.email },
  { name: "phone", type: "text", value: (r) => r.phone },
  { name: "phoneNormalized", type: "text", value: (r) => r.phoneNormalized },
  { name: "otherPhone", type: "text", value: (r) => r.otherPhone },
  { name: "company", type: "text", value: (r) => r.company },
  { name: "source", type: `"LeadSource"`, value: (r) => r.source },
  { name: "status", type: `"LeadStatus"`, value: (r) => r.status },
  { name: "score", type: "int", value: (r) => r.score },
  { name: "value", type: "numeric", value: (r) => (r.value == null ? null : String(r.value)) },
  { name: "notes", type: "text", value: (r) => r.notes },
  { name: "campaignId", type: "uuid", value: (r) => r.campaignId },
  { name: "assignedToId", type: "uuid", value: (r) => r.assignedToId },
  { name: "lastContactAt", type: "timestamp", value: (r) => (r.lastContactAt ? new Date(r.lastContactAt) : null) },
  { name: "customFields", type: "jsonb", value: (r) => JSON.stringify(r.customFields ?? {}) },
  { name: "leadTypeId", type: "uuid", value: (r) => r.leadTypeId },
  { name: "leadSubtypeId", type: "uuid", value: (r) => r.leadSubtypeId },
  { name: "createdAt", type: "timestamp", value: (r) => r.createdAt },
  { name: "updatedAt", type: "timestamp", value: (r) => r.createdAt },
];

/**
 * createLeadIn for many leads at once (imports): the same columns
 * (leadCreateData), numbering (a block of the same counter) and one
 * `lead.created` event per lead, in three set-based statements per batch
 * (counter, leads, events) whatever the batch's size.
 * The caller has checked what createLeadIn checks per lead: references are
 * the tenant's and, under the crm rule, emails are free (lockEmails).
 */
export async function createLeadsIn(tx: Prisma.TransactionClient, ctx: CrmContext, inputs: readonly NewLead[]): Promise<{ id: string; email: string }[]> {
  if (inputs.length === 0) return [];
  const names = inputs.map((input) => displayName(input));
  if (names.some((name) => !name)) throw new ValidationFailed([{ field: "name", message: "Name is required" }]);
  const firstSeq = await nextSeqBlock(tx, ctx.tenantId, SEQ.lead, inputs.length);
  const now = new Date();
  const rows: LeadRow[] = inputs.map((input, i) => ({
    ...leadCreateData(ctx, { ...input, value: leadValueIn(input.value) }, names[i]!, firstSeq + i),
    id: uuidV7(now.getTime()),
    createdAt: now,
  }));
  await insertUnnest(tx, "Lead", LEAD_COLUMNS, rows);
  await recordEvents(
    tx,
    ctx.tenantId,
    "lead.created",
    rows.map((r) => leadCreatedPayload({ id: r.id, name: r.name, email: r.email, source: r.source ?? null }, leadPublicId)),
    now,
  );
  return rows.map(({ id, email }) => ({ id, email }));
}
