import { getDb } from "@/lib/db/client";
import { assertMayWrite } from "../access/access";
import type { CrmContext } from "../context";
import { Conflict, NotFound } from "../errors";
import { isUuid } from "../uuid";
import {
  expirePendingJob,
  importJobSelect,
  isExpiredPendingJob,
  PENDING_IMPORT_EXPIRED,
  PENDING_IMPORT_TTL_MS,
  startImportJob,
  type DuplicatePolicy,
  type ImportJobRecord,
  type ImportKind,
} from "./import-job";

/**
 * An import job created before its file is sent (status pending), so a page
 * knows the job's id and can poll its progress while the upload request is
 * still running. The upload then claims it (claimPendingImportJob).
 */
export async function createPendingImportJob(
  ctx: CrmContext,
  input: { kind: ImportKind; onDuplicate: DuplicatePolicy; fileName?: string; bytesTotal?: number },
): Promise<ImportJobRecord> {
  assertMayWrite(ctx);
  return startImportJob(ctx, input, "pending");
}

/**
 * Marks a pending job running for the upload that feeds it: atomically, so
 * two uploads for one job cannot both run (the second gets Conflict). Only
 * the person who created it may feed it; anyone else's job is not found. A
 * job whose file came too late (PENDING_IMPORT_TTL_MS) has expired: Conflict.
 */
export async function claimPendingImportJob(
  ctx: CrmContext,
  jobId: string,
  upload: { kind: ImportKind; fileName?: string; bytesTotal?: number },
  now = new Date(),
): Promise<ImportJobRecord> {
  assertMayWrite(ctx);
  if (!isUuid(jobId)) throw new NotFound("Import job");
  const db = await getDb();
  const where = { id: jobId, tenantId: ctx.tenantId, kind: upload.kind, createdBy: `${ctx.actor.type}_${ctx.actor.id}` };
  const fresh = new Date(now.getTime() - PENDING_IMPORT_TTL_MS);
  const claimed = await db.importJob.updateMany({
    where: { ...where, status: "pending", createdAt: { gt: fresh } },
    data: {
      status: "running",
      ...(upload.fileName ? { fileName: upload.fileName.slice(0, 255) } : {}),
      ...(upload.bytesTotal ? { bytesTotal: upload.bytesTotal } : {}),
    },
  });
  const job = await db.importJob.findFirst({ where, select: importJobSelect });
  if (!job) throw new NotFound("Import job");
  if (claimed.count === 0) {
    if (isExpiredPendingJob(job, now)) {
      await expirePendingJob(job, now);
      throw new Conflict(PENDING_IMPORT_EXPIRED, "jobId");
    }
    if (job.status === "failed" && job.failure === PENDING_IMPORT_EXPIRED) throw new Conflict(PENDING_IMPORT_EXPIRED, "jobId");
    throw new Conflict("This import has already received its file", "jobId");
  }
  return job;
}
