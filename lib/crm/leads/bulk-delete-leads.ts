import { getDb } from "@/lib/db/client";
import type { CrmContext } from "../context";
import { uniqueIds } from "./bulk-update-leads";
import { deleteLeadIn } from "./delete-lead";

/** Deletes the selected leads, all or nothing, each through deleteLeadIn (same rules and audit entry as a single delete). */
export async function bulkDeleteLeads(ctx: CrmContext, leadIds: readonly string[]): Promise<{ deleted: number }> {
  const ids = uniqueIds(leadIds);
  const db = await getDb();
  return db.$transaction(
    async (tx) => {
      // Sequential on purpose: one transaction is one connection.
      for (const id of ids) await deleteLeadIn(tx, ctx, id);
      return { deleted: ids.length };
    },
    { timeout: 30_000 },
  );
}
