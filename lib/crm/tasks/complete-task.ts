import { getDb } from "@/lib/db/client";
import { assertMayWrite } from "../access/access";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { NotFound } from "../errors";
import { isUuid } from "../uuid";
import { taskAccessWhere } from "./task-where";

/**
 * Marks a task done: sets completedAt (and completedById) on the interaction,
 * which keeps its history; it leaves every task list. Doing it twice answers
 * the first completion. A task the actor may not act on (another rep's on a
 * record they cannot see, a foreign or missing id, an interaction without a
 * next action date) is NotFound.
 */
export async function completeTask(ctx: CrmContext, taskId: string): Promise<{ id: string; completedAt: Date }> {
  assertMayWrite(ctx);
  if (!isUuid(taskId)) throw new NotFound("Task");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const task = await tx.interaction.findFirst({
      where: { AND: [{ id: taskId, tenantId: ctx.tenantId, nextActionDate: { not: null } }, taskAccessWhere(ctx)] },
      select: { id: true, completedAt: true },
    });
    if (!task) throw new NotFound("Task");
    if (task.completedAt) return { id: task.id, completedAt: task.completedAt };
    const completedAt = new Date();
    // Conditional update: of two concurrent clicks, one completes and the other re-reads it.
    const { count } = await tx.interaction.updateMany({
      where: { id: task.id, completedAt: null },
      data: { completedAt, completedById: ctx.actor.type === "user" ? ctx.actor.id : null },
    });
    if (count === 0) {
      const done = await tx.interaction.findUniqueOrThrow({ where: { id: task.id }, select: { completedAt: true } });
      return { id: task.id, completedAt: done.completedAt ?? completedAt };
    }
    await recordAudit(tx, ctx, { action: "task.completed", entityType: "interaction", entityId: task.id });
    return { id: task.id, completedAt };
  });
}
