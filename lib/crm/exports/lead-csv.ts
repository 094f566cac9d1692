import { csvStream } from "@/lib/csv/csv-writer";
import type { CrmContext } from "../context";
import type { LeadFilter } from "../leads/list-leads";
import { exportLeads } from "./export-leads";

/** The export's columns; the names are ones the lead import understands (`value` is export-only), so an export can be imported back. */
export const LEAD_CSV_COLUMNS = [
  "id",
  "name",
  "first_name",
  "last_name",
  "email",
  "phone",
  "company",
  "source",
  "status",
  "score",
  "value",
  "notes",
  "campaign_id",
  "assigned_to",
  "last_contact",
  "custom_fields",
  "converted_at",
  "customer_id",
  "created_at",
  "updated_at",
] as const;

/** The leads a filter lists, as a streamed CSV (the crm API's export and the /leads page's Export buttons); a rep gets only their own and unassigned leads. */
export function leadCsv(ctx: CrmContext, filter: LeadFilter): ReadableStream<Uint8Array> {
  return csvStream(LEAD_CSV_COLUMNS, exportLeads(ctx, filter), (l) => [
    l.id,
    l.name,
    l.firstName,
    l.lastName,
    l.email,
    l.phone,
    l.company,
    l.source,
    l.status,
    l.score,
    l.value?.toFixed(2) ?? null,
    l.notes,
    l.campaignId,
    l.assignedToId,
    l.lastContactAt,
    JSON.stringify(l.customFields ?? {}),
    l.convertedAt,
    l.customerId,
    l.createdAt,
    l.updatedAt,
  ]);
}
