import type { Prisma } from "@/lib/db/client";
import { limitedToOwner, ownerScope } from "../access/access";
import type { CrmContext } from "../context";

/**
 * Tasks are interactions with a next action date (written by people on the
 * lead and customer pages and the APIs, or by the nurturing and follow-up
 * workflows). A task is open until someone marks it done (`completedAt`). A
 * source the follow-up job has handed on (followedUpAt set, not itself a
 * "followup:" task) is represented by its "Due: …" task, so it is not listed
 * twice. Served by the partial index Interaction_open_tasks_idx.
 */
export function openTaskWhere(ctx: CrmContext): Prisma.InteractionWhereInput {
  return {
    tenantId: ctx.tenantId,
    completedAt: null,
    nextActionDate: { not: null },
    OR: [{ followedUpAt: null }, { workflowKey: { startsWith: "followup:" } }],
  };
}

/** Whose tasks: "mine" (the interaction's user is the actor) or "everyone" (reps always get their own). */
export type TaskScope = "mine" | "everyone";

/** A task belongs to the interaction's user: whoever wrote it, or the record's owner for workflow tasks. */
export function taskOwnerWhere(ctx: CrmContext, scope: TaskScope): Prisma.InteractionWhereInput {
  const me = ctx.actor.type === "user" ? ctx.actor.id : null;
  if (limitedToOwner(ctx) || scope === "mine") return { userId: me ?? "00000000-0000-0000-0000-000000000000" };
  return {};
}

/**
 * Tasks this actor may act on: everyone's for tenant-wide actors; for a rep
 * their own tasks and those on leads or customers they can see.
 */
export function taskAccessWhere(ctx: CrmContext): Prisma.InteractionWhereInput {
  const owner = limitedToOwner(ctx);
  if (!owner) return {};
  return { OR: [{ userId: owner }, { lead: ownerScope(ctx) }, { customer: ownerScope(ctx) }] };
}

/** Start of the next UTC day after `now`: tasks due before it are "due" (overdue or today), the rest "upcoming". */
export function endOfUtcDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
}

/** Start of `now`'s UTC day: tasks due before it are overdue. */
export function startOfUtcDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
