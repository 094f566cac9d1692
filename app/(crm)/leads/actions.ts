"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requirePermission } from "@/lib/auth/current-user";
import { bulkDeleteLeads } from "@/lib/crm/leads/bulk-delete-leads";
import { BULK_LIMIT, bulkUpdateLeads } from "@/lib/crm/leads/bulk-update-leads";
import { createLead } from "@/lib/crm/leads/create-lead";
import { leadFieldsFromForm, leadFormSchema } from "@/lib/crm/leads/lead-form-schema";
import { PIPELINE_STAGES } from "@/lib/crm/pipeline/pipeline-stages";
import { runAction, type ActionResult } from "@/lib/http/action-result";

const selection = z.array(z.uuid()).min(1, "Select at least one lead").max(BULK_LIMIT);

/** "New lead": the crm API's createLead with its rule (a taken email comes back as the email field's error). */
export async function createLeadAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const { ctx } = await requirePermission("editRecords");
    const lead = await createLead(ctx, leadFieldsFromForm(leadFormSchema.parse(input)), { duplicateEmail: "reject" });
    revalidatePath("/leads");
    return { id: lead.id };
  });
}

const bulkChange = z.union([
  z.object({ status: z.enum(PIPELINE_STAGES as [string, ...string[]]).transform((s) => s as (typeof PIPELINE_STAGES)[number]) }),
  z.object({ assignedToId: z.union([z.uuid(), z.literal("")]).transform((id) => id || null) }),
]);

/** Bulk "change status" or "assign owner" on the selected rows: one transaction, the same events as single updates. */
export async function bulkUpdateLeadsAction(ids: unknown, change: unknown): Promise<ActionResult<{ updated: number }>> {
  return runAction(async () => {
    const { ctx } = await requirePermission("editRecords");
    const result = await bulkUpdateLeads(ctx, selection.parse(ids), bulkChange.parse(change));
    revalidatePath("/leads");
    return result;
  });
}

/** Bulk delete of the selected rows, all or nothing. */
export async function bulkDeleteLeadsAction(ids: unknown): Promise<ActionResult<{ deleted: number }>> {
  return runAction(async () => {
    const { ctx } = await requirePermission("editRecords");
    const result = await bulkDeleteLeads(ctx, selection.parse(ids));
    revalidatePath("/leads");
    return result;
  });
}
