import { getDb } from "@/lib/db/client";
import type { CrmContext } from "../context";
import { findVisibleLead } from "../leads/find-visible-lead";
import { openTaskWhere } from "./task-where";

/** The lead's earliest open task (whoever owns it), or null. */
export async function nextLeadTask(ctx: CrmContext, leadId: string): Promise<{ id: string; nextAction: string; dueAt: Date; ownerName: string | null } | null> {
  const db = await getDb();
  await findVisibleLead(db, ctx, leadId);
  const task = await db.interaction.findFirst({
    where: { AND: [openTaskWhere(ctx), { leadId }] },
    orderBy: [{ nextActionDate: "asc" }, { id: "asc" }],
    select: { id: true, nextAction: true, subject: true, nextActionDate: true, user: { select: { name: true } } },
  });
  if (!task) return null;
  return { id: task.id, nextAction: task.nextAction ?? task.subject ?? "Follow up", dueAt: task.nextActionDate!, ownerName: task.user?.name ?? null };
}
