import type { Prisma } from "@/lib/db/client";
import { Prisma as Sql } from "@/lib/db/generated/client";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { lockEmails } from "../email-lock";
import { Conflict, ValidationFailed } from "../errors";
import type { DuplicatePolicy, ImportRowIssue } from "./import-job";
import type { PendingRow } from "./run-import";

/** What the batch writer needs to know of one kind of record (lead, customer). */
export interface ImportTarget<T> {
  /** The email-lock entity and the audit action's prefix. */
  entity: "lead" | "customer";
  table: "Lead" | "Customer";
  emailOf(value: T): string;
  /** Creates every value in a few set-based statements (createLeadsIn, createCustomersIn). */
  createMany(tx: Prisma.TransactionClient, ctx: CrmContext, values: T[]): Promise<{ id: string; email: string | null }[]>;
  /** Applies a duplicate row to the existing record (the one-by-one update, with its rules and events). */
  update(tx: Prisma.TransactionClient, ctx: CrmContext, id: string, value: T): Promise<unknown>;
}

/**
 * Writes one batch of valid rows inside the caller's transaction, set-based:
 * one lock statement, one lookup of the emails the tenant already has, one
 * bulk create of the new rows (with their events), then the duplicates under
 * the policy: "skip" (default) reports each as skipped; "update" changes the
 * existing record through the same update as the API (sequential on purpose:
 * a transaction is one connection). A failed update is reported on its row.
 */
export async function writeImportBatch<T>(
  tx: Prisma.TransactionClient,
  ctx: CrmContext,
  target: ImportTarget<T>,
  rows: PendingRow<T>[],
  policy: DuplicatePolicy,
  jobId: string,
): Promise<{ imported: number; updated: number; issues: ImportRowIssue[] }> {
  // Safe to lose on a crash: the batch commits together with nothing else, the job's progress
  // (committed after it, synchronously) counts only what is durable, and a re-run skips what landed.
  // Not waiting for the WAL flush of each batch is worth a few ms a batch at a million rows.
  await tx.$executeRaw`SET LOCAL synchronous_commit = off`;
  const emails = [...new Set(rows.map((r) => target.emailOf(r.value)))];
  // The same per-email locks as a one-by-one create's duplicate check, so an import and an API create cannot both take one email.
  await lockEmails(tx, ctx.tenantId, target.entity, emails);
  // Raw on purpose: one array parameter instead of thousands (Prisma's `in` costs ~0.2 ms per value here).
  const existing = await tx.$queryRaw<{ id: string; email: string }[]>(Sql.sql`
    SELECT "id", "email" FROM ${Sql.raw(`"${target.table}"`)}
    WHERE "tenantId" = ${ctx.tenantId}::uuid AND "email" = ANY(${emails}::text[]) ORDER BY "createdAt"`);
  const idByEmail = new Map<string, string>();
  for (const record of existing) if (!idByEmail.has(record.email)) idByEmail.set(record.email, record.id);

  const issues: ImportRowIssue[] = [];
  const toCreate: T[] = [];
  const toUpdate: PendingRow<T>[] = [];
  const inFile = new Set<string>();
  for (const row of rows) {
    const email = target.emailOf(row.value);
    if (!idByEmail.has(email) && !inFile.has(email)) {
      inFile.add(email);
      toCreate.push(row.value);
    } else if (policy === "update") {
      toUpdate.push(row);
    } else {
      const where = idByEmail.has(email) ? `A ${target.entity} with this email already exists` : "This email appears earlier in the file";
      issues.push({ row: row.row, outcome: "skipped", field: "email", message: `${where}: skipped` });
    }
  }

  const created = await target.createMany(tx, ctx, toCreate);
  // An email first seen in this batch now names the record just created from it.
  for (const record of created) if (record.email) idByEmail.set(record.email, record.id);
  let updated = 0;
  for (const row of toUpdate) {
    try {
      await target.update(tx, ctx, idByEmail.get(target.emailOf(row.value))!, row.value);
      updated++;
    } catch (error) {
      if (error instanceof ValidationFailed)
        issues.push(...error.fields.map((f) => ({ row: row.row, outcome: "failed" as const, field: f.field, message: f.message })));
      else if (error instanceof Conflict) issues.push({ row: row.row, outcome: "failed", field: error.field ?? "row", message: error.message });
      else throw error;
    }
  }
  await recordAudit(tx, ctx, {
    action: `${target.entity}.imported`,
    entityType: "import_job",
    entityId: jobId,
    data: { created: created.length, updated },
  });
  return { imported: created.length, updated, issues };
}
