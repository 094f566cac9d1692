import type { ImportJobRecord, ImportRowIssue } from "./import-job";

/** How far a job is, 0-1: bytes read of the upload's size (1 once completed); null when the size is unknown. */
export function importProgress(job: Pick<ImportJobRecord, "status" | "bytesRead" | "bytesTotal">): number | null {
  if (job.status === "completed") return 1;
  const total = job.bytesTotal === null ? null : Number(job.bytesTotal);
  return total ? Math.min(1, Number(job.bytesRead) / total) : null;
}

/** An import job as the /import page shows it (plain JSON: no BigInt, dates as ISO text). */
export interface ImportJobView {
  id: string;
  kind: "leads" | "customers";
  status: "pending" | "running" | "completed" | "failed";
  fileName: string | null;
  onDuplicate: string;
  rows: number;
  imported: number;
  updated: number;
  skipped: number;
  failed: number;
  bytesRead: number;
  bytesTotal: number | null;
  /** 0-1, or null when the size is unknown. */
  progress: number | null;
  failure: string | null;
  createdAt: string;
  finishedAt: string | null;
}

export function toImportJobView(job: ImportJobRecord): ImportJobView {
  return {
    id: job.id,
    kind: job.kind === "customers" ? "customers" : "leads",
    status: job.status,
    fileName: job.fileName,
    onDuplicate: job.onDuplicate,
    rows: job.totalRows,
    imported: job.importedRows,
    updated: job.updatedRows,
    skipped: job.skippedRows,
    failed: job.failedRows,
    bytesRead: Number(job.bytesRead),
    bytesTotal: job.bytesTotal === null ? null : Number(job.bytesTotal),
    progress: importProgress(job),
    failure: job.failure,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}

/** What the page's upload answers: the finished job and the first reported rows (the full list is the error report CSV). */
export interface ImportSummaryView {
  job: ImportJobView;
  issues: ImportRowIssue[];
  issuesTruncated: boolean;
  ignoredColumns: string[];
}
