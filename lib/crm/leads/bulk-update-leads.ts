import { getDb } from "@/lib/db/client";
import type { LeadStatus } from "@/lib/db/generated/enums";
import type { CrmContext } from "../context";
import { ValidationFailed } from "../errors";
import { updateLeadIn } from "./update-lead";

/** How many leads one bulk action may touch: a page of the list. */
export const BULK_LIMIT = 100;

/** What a bulk action may change on every selected lead. */
export interface BulkLeadChanges {
  status?: LeadStatus;
  /** A user of the tenant, or null to unassign. */
  assignedToId?: string | null;
}

/**
 * Applies one change to many leads, all or nothing: one transaction running
 * updateLeadIn per lead, so each records the same `lead.status_updated`
 * event and audit entry as a single update, and a lead the actor may not see
 * (another rep's, a foreign or missing id) fails the whole batch as NotFound.
 */
export async function bulkUpdateLeads(ctx: CrmContext, leadIds: readonly string[], changes: BulkLeadChanges): Promise<{ updated: number }> {
  const ids = uniqueIds(leadIds);
  if (changes.status === undefined && changes.assignedToId === undefined) throw new ValidationFailed([{ field: "changes", message: "Choose what to change" }]);
  const db = await getDb();
  return db.$transaction(
    async (tx) => {
      // Sequential on purpose: a transaction is one connection; ids sorted so concurrent batches lock in the same order.
      for (const id of ids) await updateLeadIn(tx, ctx, id, changes);
      return { updated: ids.length };
    },
    { timeout: 30_000 },
  );
}

/** The selection, de-duplicated and sorted; empty or over BULK_LIMIT is a validation error. */
export function uniqueIds(leadIds: readonly string[]): string[] {
  const ids = [...new Set(leadIds)].sort();
  if (ids.length === 0) throw new ValidationFailed([{ field: "ids", message: "Select at least one lead" }]);
  if (ids.length > BULK_LIMIT) throw new ValidationFailed([{ field: "ids", message: `Select at most ${BULK_LIMIT} leads at a time` }]);
  return ids;
}
