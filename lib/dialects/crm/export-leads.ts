import { z } from "zod";
import { leadCsv } from "@/lib/crm/exports/lead-csv";
import { defineEndpoint } from "@/lib/http/endpoint";
import { crm } from "./dialect";
import { crmLeadFilterQuery, toLeadFilter } from "./lead-filter-query";

export const exportCrmLeads = defineEndpoint({
  dialect: crm,
  method: "GET",
  path: "/dev/crm/leads/export",
  summary: "Export leads",
  description:
    "Export leads to CSV (`text/csv; charset=utf-8`, attachment), newest first, with the same filters as the list (`status`, `source`, `assigned_to`, `campaign_id`, `created_from`, `created_to`, `search`). Streamed from a keyset cursor, 500 rows at a time, so any size exports with flat memory. A header row; RFC 4180 quoting; UTF-8; times ISO 8601 UTC; `custom_fields` as JSON, `value` as an exact decimal. Cells starting with `=`, `+`, `-`, `@`, tab or CR get a leading `'` so spreadsheets show them as text instead of running them as formulas. The column names are ones the import understands.",
  auth: "tenant",
  scope: "read:leads",
  query: crmLeadFilterQuery,
  contentType: "text/csv",
  response: z.string(),
  async handler({ ctx, query }) {
    return csvResponse(leadCsv(ctx, toLeadFilter(query)), "leads");
  },
});

export function csvResponse(body: ReadableStream<Uint8Array>, what: string): Response {
  const day = new Date().toISOString().slice(0, 10);
  return new Response(body, { headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${what}-${day}.csv"` } });
}
