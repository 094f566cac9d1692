import { getDb, type Prisma } from "@/lib/db/client";
import type { CrmContext } from "../context";
import { NotFound } from "../errors";
import { isUuid } from "../uuid";

export type ImportKind = "leads" | "customers";
export type DuplicatePolicy = "skip" | "update";

/** A row the import did not write as asked: failed (bad data) or skipped (a duplicate). */
export interface ImportRowIssue {
  /** Record number in the file, the header being row 1. */
  row: number;
  outcome: "failed" | "skipped";
  field: string;
  message: string;
}

export const importJobSelect = {
  id: true,
  kind: true,
  status: true,
  fileName: true,
  onDuplicate: true,
  totalRows: true,
  importedRows: true,
  updatedRows: true,
  skippedRows: true,
  failedRows: true,
  bytesRead: true,
  bytesTotal: true,
  failure: true,
  createdBy: true,
  createdAt: true,
  finishedAt: true,
} as const satisfies Prisma.ImportJobSelect;

export type ImportJobRecord = Prisma.ImportJobGetPayload<{ select: typeof importJobSelect }>;

export async function startImportJob(
  ctx: CrmContext,
  input: { kind: ImportKind; fileName?: string; bytesTotal?: number; onDuplicate: DuplicatePolicy },
  /** "pending": made before its file arrives (see pending-import-job.ts). */
  status: "running" | "pending" = "running",
): Promise<ImportJobRecord> {
  const db = await getDb();
  return db.importJob.create({
    data: {
      tenantId: ctx.tenantId,
      kind: input.kind,
      status,
      fileName: input.fileName?.slice(0, 255) || null,
      bytesTotal: input.bytesTotal ?? null,
      onDuplicate: input.onDuplicate,
      createdBy: `${ctx.actor.type}_${ctx.actor.id}`,
    },
    select: importJobSelect,
  });
}

/** A batch's counts and issues, written in the batch's own transaction so progress is exactly what has committed. */
export async function recordBatchProgress(
  tx: Prisma.TransactionClient,
  jobId: string,
  batch: { rows: number; imported: number; updated: number; issues: ImportRowIssue[]; bytesRead: number },
): Promise<void> {
  // Counts are of rows (a row with two bad cells is one failed row).
  const failedRows = new Set(batch.issues.filter((i) => i.outcome === "failed").map((i) => i.row));
  const skippedRows = new Set(batch.issues.filter((i) => i.outcome === "skipped" && !failedRows.has(i.row)).map((i) => i.row));
  const failed = failedRows.size;
  if (batch.issues.length > 0) {
    await tx.importRowError.createMany({ data: batch.issues.map((issue) => ({ jobId, ...issue })) });
  }
  await tx.importJob.update({
    where: { id: jobId },
    data: {
      totalRows: { increment: batch.rows },
      importedRows: { increment: batch.imported },
      updatedRows: { increment: batch.updated },
      skippedRows: { increment: skippedRows.size },
      failedRows: { increment: failed },
      bytesRead: batch.bytesRead,
    },
  });
}

export async function finishImportJob(jobId: string, outcome: { failure?: string; bytesRead: number }): Promise<ImportJobRecord> {
  const db = await getDb();
  return db.importJob.update({
    where: { id: jobId },
    data: { status: outcome.failure ? "failed" : "completed", failure: outcome.failure ?? null, bytesRead: outcome.bytesRead, finishedAt: new Date() },
    select: importJobSelect,
  });
}

/**
 * A pending job's file must arrive within this time: a page closed between
 * creating the job and sending the file leaves one nobody will feed. Reading
 * or listing such a job ends it (failed, with the reason), so no page shows
 * it in progress forever.
 */
export const PENDING_IMPORT_TTL_MS = 15 * 60_000;
export const PENDING_IMPORT_EXPIRED = "No file arrived within 15 minutes of starting this import; start it again";

/** Whether a pending job has waited past PENDING_IMPORT_TTL_MS for its file. */
export function isExpiredPendingJob(job: Pick<ImportJobRecord, "status" | "createdAt">, now: Date): boolean {
  return job.status === "pending" && now.getTime() - job.createdAt.getTime() >= PENDING_IMPORT_TTL_MS;
}

/** Ends a stale pending job as failed (only if still pending: an upload that claimed it meanwhile wins). */
export async function expirePendingJob(job: ImportJobRecord, now: Date): Promise<ImportJobRecord> {
  if (!isExpiredPendingJob(job, now)) return job;
  const db = await getDb();
  await db.importJob.updateMany({ where: { id: job.id, status: "pending" }, data: { status: "failed", failure: PENDING_IMPORT_EXPIRED, finishedAt: now } });
  return (await db.importJob.findUnique({ where: { id: job.id }, select: importJobSelect })) ?? job;
}

export async function getImportJob(ctx: CrmContext, jobId: string, now = new Date()): Promise<ImportJobRecord> {
  if (!isUuid(jobId)) throw new NotFound("Import job");
  const db = await getDb();
  const job = await db.importJob.findFirst({ where: { id: jobId, tenantId: ctx.tenantId }, select: importJobSelect });
  if (!job) throw new NotFound("Import job");
  return expirePendingJob(job, now);
}

/** The tenant's most recent imports (a page polls the running one for its progress bar); stale pending ones are ended on the way. */
export async function listImportJobs(ctx: CrmContext, filter: { kind?: ImportKind; limit: number }, now = new Date()): Promise<ImportJobRecord[]> {
  const db = await getDb();
  const jobs = await db.importJob.findMany({
    where: { tenantId: ctx.tenantId, kind: filter.kind },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: filter.limit,
    select: importJobSelect,
  });
  // Sequential, and rare: only jobs whose page was closed before the upload began.
  const listed: ImportJobRecord[] = [];
  for (const job of jobs) listed.push(await expirePendingJob(job, now));
  return listed;
}

/** A job's row issues in row order, a page at a time (for the CSV error report, streamed). */
export async function* importJobIssues(ctx: CrmContext, jobId: string, pageSize = 2000): AsyncGenerator<ImportRowIssue[]> {
  await getImportJob(ctx, jobId);
  const db = await getDb();
  let after: bigint | undefined;
  for (;;) {
    const rows = await db.importRowError.findMany({
      where: { jobId, ...(after !== undefined ? { id: { gt: after } } : {}) },
      orderBy: { id: "asc" },
      take: pageSize,
      select: { id: true, row: true, outcome: true, field: true, message: true },
    });
    if (rows.length === 0) return;
    yield rows.map(({ row, outcome, field, message }) => ({ row, outcome: outcome === "skipped" ? "skipped" : "failed", field, message }));
    after = rows.at(-1)!.id;
    if (rows.length < pageSize) return;
  }
}
