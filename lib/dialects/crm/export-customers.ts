import { z } from "zod";
import { SEGMENT_KEYS } from "@/lib/crm/customers/customer-segments";
import { customerCsv } from "@/lib/crm/exports/customer-csv";
import { defineEndpoint } from "@/lib/http/endpoint";
import { crm } from "./dialect";
import { csvResponse } from "./export-leads";

export const exportCrmCustomers = defineEndpoint({
  dialect: crm,
  method: "GET",
  path: "/dev/crm/customers/export",
  summary: "Export customers",
  description:
    "Export customers to CSV (`text/csv; charset=utf-8`, attachment), newest first, filtered by `status`, `type`, `segment` and `search` (name, email, phone, company), exactly as `GET /dev/crm/customers` filters. Streamed from a keyset cursor with flat memory; header row, RFC 4180 quoting, UTF-8, ISO 8601 UTC times, `credit_limit` as an exact decimal; cells starting with `=`, `+`, `-`, `@`, tab or CR are prefixed with `'` against formula injection. The column names are ones the import understands.",
  auth: "tenant",
  scope: "read:customers",
  query: z.object({
    status: z.enum(["active", "inactive", "blocked"]).optional(),
    type: z.enum(["individual", "business"]).optional(),
    segment: z.enum(SEGMENT_KEYS).optional(),
    search: z.string().trim().min(1).max(200).optional(),
  }),
  contentType: "text/csv",
  response: z.string(),
  async handler({ ctx, query }) {
    return csvResponse(customerCsv(ctx, query), "customers");
  },
});
