import { importCustomers } from "@/lib/crm/imports/import-customers";
import { defineEndpoint } from "@/lib/http/endpoint";
import { crm } from "./dialect";
import { crmImportResult, onDuplicateQuery, toCrmImportResult } from "./import-shape";
import { importUpload } from "./import-upload";

export const importCrmCustomers = defineEndpoint({
  dialect: crm,
  method: "POST",
  path: "/dev/crm/customers/import",
  summary: "Import customers",
  description: [
    "Bulk import customers from a CSV file sent as multipart/form-data in the part `file` (missing → 400), streamed and written in batches of 500, each in its own transaction; every customer is created under the same rules and with the same `customer.created` event as `POST /dev/crm/customers`.",
    "Headers are matched forgivingly (case, spaces, `_`/`-` ignored). A `name` column or `first name` + `last name` columns give the name; `email` is required. Also understood: phone, company, type (individual/business), status (active/inactive/blocked), billing_address, shipping_address, payment_terms, credit_limit (≥ 0, 2 decimals), tax_id, notes, assigned_to/owner (user id or email). Other columns are ignored and listed in `ignored_columns`.",
    "Bad rows are reported with row number (header = row 1), column and reason. Duplicates (an email of one of the tenant's customers, or one seen earlier in the file) are skipped and reported by default; `?on_duplicate=update` updates the existing customer with the row's non-empty fields. Progress and the full error report: `GET /dev/crm/imports/{job_id}` and its `error_report_url`.",
  ].join("\n\n"),
  auth: "tenant",
  scope: "write:customers",
  query: onDuplicateQuery,
  upload: { field: "file", description: "The CSV file (UTF-8)" },
  response: crmImportResult,
  async handler({ ctx, query, request }) {
    return toCrmImportResult(await importUpload(request, ctx, query.on_duplicate, importCustomers));
  },
});
