import { importLeads } from "@/lib/crm/imports/import-leads";
import { defineEndpoint } from "@/lib/http/endpoint";
import { crm } from "./dialect";
import { crmImportResult, onDuplicateQuery, toCrmImportResult } from "./import-shape";
import { importUpload } from "./import-upload";

export const importCrmLeads = defineEndpoint({
  dialect: crm,
  method: "POST",
  path: "/dev/crm/leads/import",
  summary: "Import leads",
  description: [
    "Bulk import leads from a CSV file sent as multipart/form-data in the part `file` (missing → 400). The file is streamed: parsed row by row and written in batches of 2,000, each in its own transaction, so memory stays flat at any size; good rows land even when others are bad.",
    "Headers are matched forgivingly (case, spaces, `_`/`-` ignored; e.g. `First Name`, `first_name`, `E-mail`, `Phone Number`, `Company Name`, `Owner`). A `name` column or `first name` + `last name` columns give the name; `email` is required. Also understood: phone, company, source, status (case-insensitive, the seed's values), score (0-100), notes, campaign (id or name), assigned_to/owner (user id or email), last_contact (ISO date). Other columns are ignored and listed in `ignored_columns`. The delimiter (`,` `;` tab `|`) is detected.",
    "Each bad row is reported with its row number (header = row 1), column and reason. Duplicates (an email one of the tenant's leads has, or one seen earlier in the file) are skipped and reported in `duplicates` by default; `?on_duplicate=update` updates the existing lead with the row's non-empty fields instead (a status change records `lead.status_updated`).",
    "Every import is an import job: the answer carries its counts and the first 1,000 reported rows; `GET /dev/crm/imports/{job_id}` shows progress while it runs (from another request) and `error_report_url` downloads every reported row as CSV. A file that cannot be imported at all (empty, no email or name column) answers 400 and the job is marked failed.",
  ].join("\n\n"),
  auth: "tenant",
  scope: "write:leads",
  query: onDuplicateQuery,
  upload: { field: "file", description: "The CSV file (UTF-8)" },
  response: crmImportResult,
  async handler({ ctx, query, request }) {
    return toCrmImportResult(await importUpload(request, ctx, query.on_duplicate, importLeads));
  },
});
