import { z } from "zod";
import { exportLeads } from "@/lib/crm/exports/export-leads";
import { csvStream } from "@/lib/csv/csv-writer";
import { defineEndpoint } from "@/lib/http/endpoint";
import { crm } from "./dialect";
import { crmLeadFilterQuery, toLeadFilter } from "./lead-filter-query";

/** Export columns; the names are ones the import understands, so an export can be imported back. */
const LEAD_COLUMNS = [
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

export const exportCrmLeads = defineEndpoint({
  dialect: crm,
  method: "GET",
  path: "/dev/crm/leads/export",
  summary: "Export leads",
  description:
    "Export leads to CSV (`text/csv; charset=utf-8`, attachment), newest first, with the same filters as the list (`status`, `source`, `assigned_to`, `campaign_id`, `created_from`, `created_to`, `search`). Streamed from a keyset cursor, 2,000 rows at a time, so any size exports with flat memory. A header row; RFC 4180 quoting; UTF-8; times ISO 8601 UTC; `custom_fields` as JSON. Cells starting with `=`, `+`, `-`, `@`, tab or CR get a leading `'` so spreadsheets show them as text instead of running them as formulas. The column names are ones the import understands.",
  auth: "tenant",
  scope: "read:leads",
  query: crmLeadFilterQuery,
  contentType: "text/csv",
  response: z.string(),
  async handler({ ctx, query }) {
    const body = csvStream(LEAD_COLUMNS, exportLeads(ctx, toLeadFilter(query)), (l) => [
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
    return csvResponse(body, "leads");
  },
});

export function csvResponse(body: ReadableStream<Uint8Array>, what: string): Response {
  const day = new Date().toISOString().slice(0, 10);
  return new Response(body, { headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${what}-${day}.csv"` } });
}
