import { z } from "zod";
import type { ImportJobRecord } from "@/lib/crm/imports/import-job";
import { importProgress } from "@/lib/crm/imports/import-progress";
import type { ImportOutcome } from "@/lib/crm/imports/run-import";

const rowIssue = z.object({ row: z.number().int(), field: z.string(), message: z.string() });

/** An import job as /dev/crm shows it (GET /dev/crm/imports/{jobId}). */
export const crmImportJob = z.object({
  id: z.uuid(),
  kind: z.enum(["leads", "customers"]),
  status: z.enum(["pending", "running", "completed", "failed"]),
  file_name: z.string().nullable(),
  on_duplicate: z.string(),
  rows: z.number().int().describe("Data rows read so far (the header not counted)"),
  imported: z.number().int(),
  updated: z.number().int(),
  skipped: z.number().int(),
  failed: z.number().int(),
  bytes_read: z.number(),
  bytes_total: z.number().nullable().describe("Size of the upload (multipart body) when the client sent Content-Length"),
  progress: z.number().nullable().describe("bytes_read / bytes_total, 0-1 (1 once completed), null when the size is unknown"),
  failure: z.string().nullable(),
  created_at: z.string(),
  finished_at: z.string().nullable(),
  error_report_url: z.string(),
});

export function toCrmImportJob(job: ImportJobRecord): z.infer<typeof crmImportJob> {
  const total = job.bytesTotal === null ? null : Number(job.bytesTotal);
  const read = Number(job.bytesRead);
  return {
    id: job.id,
    kind: job.kind === "customers" ? "customers" : "leads",
    status: job.status,
    file_name: job.fileName,
    on_duplicate: job.onDuplicate,
    rows: job.totalRows,
    imported: job.importedRows,
    updated: job.updatedRows,
    skipped: job.skippedRows,
    failed: job.failedRows,
    bytes_read: read,
    bytes_total: total,
    progress: importProgress(job),
    failure: job.failure,
    created_at: job.createdAt.toISOString(),
    finished_at: job.finishedAt?.toISOString() ?? null,
    error_report_url: `/dev/crm/imports/${job.id}/errors`,
  };
}

/** The answer to an import upload: the job, plus the first failed and skipped rows. */
export const crmImportResult = crmImportJob.extend({
  job_id: z.uuid(),
  errors: z.array(rowIssue).describe("Rows not imported: row number in the file (header = row 1), column, reason"),
  duplicates: z.array(rowIssue).describe("Rows skipped as duplicates (on_duplicate=skip)"),
  truncated: z.boolean().describe("True when more rows were reported than listed here: download error_report_url for all"),
  ignored_columns: z.array(z.string()),
});

export function toCrmImportResult(outcome: ImportOutcome): z.infer<typeof crmImportResult> {
  const pick = (kind: "failed" | "skipped") => outcome.issues.filter((i) => i.outcome === kind).map(({ row, field, message }) => ({ row, field, message }));
  return {
    ...toCrmImportJob(outcome.job),
    job_id: outcome.job.id,
    errors: pick("failed"),
    duplicates: pick("skipped"),
    truncated: outcome.issuesTruncated,
    ignored_columns: outcome.ignoredColumns,
  };
}

export const onDuplicateQuery = z.object({
  on_duplicate: z
    .enum(["skip", "update"])
    .default("skip")
    .describe(
      "A row whose email the tenant already has (or that appears earlier in the file): skip and report it (default), or update the existing record with the row's non-empty fields",
    ),
});
