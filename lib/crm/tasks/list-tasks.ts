import { getDb } from "@/lib/db/client";
import type { InteractionType } from "@/lib/db/generated/enums";
import type { CrmContext } from "../context";
import { decodeCursor, encodeCursor } from "../keyset-cursor";
import { endOfUtcDay, openTaskWhere, taskOwnerWhere, type TaskScope } from "./task-where";

export interface TaskRow {
  id: string;
  nextAction: string;
  dueAt: Date;
  type: InteractionType;
  subject: string | null;
  lead: { id: string; name: string } | null;
  customer: { id: string; name: string } | null;
  owner: { id: string; name: string } | null;
  /** Made by nurturing or follow-ups rather than written by a person. */
  fromWorkflow: boolean;
}

export interface TaskPage {
  tasks: TaskRow[];
  nextCursor: string | null;
}

export interface TaskRequest {
  scope: TaskScope;
  /** "due": overdue and due today (UTC); "upcoming": from tomorrow on. */
  window: "due" | "upcoming";
  limit: number;
  cursor?: string;
  now?: Date;
}

/** Open tasks by due date, oldest first, a keyset page at a time on (nextActionDate, id). */
export async function listTasks(ctx: CrmContext, request: TaskRequest): Promise<TaskPage> {
  const db = await getDb();
  const boundary = endOfUtcDay(request.now ?? new Date());
  const after = request.cursor ? decodeCursor(request.cursor) : undefined;
  const rows = await db.interaction.findMany({
    where: {
      AND: [
        openTaskWhere(ctx),
        taskOwnerWhere(ctx, request.scope),
        { nextActionDate: request.window === "due" ? { lt: boundary } : { gte: boundary } },
        after ? { OR: [{ nextActionDate: { gt: after.createdAt } }, { nextActionDate: after.createdAt, id: { gt: after.id } }] } : {},
      ],
    },
    orderBy: [{ nextActionDate: "asc" }, { id: "asc" }],
    take: request.limit + 1,
    select: {
      id: true,
      nextAction: true,
      nextActionDate: true,
      type: true,
      subject: true,
      workflowKey: true,
      lead: { select: { id: true, name: true } },
      customer: { select: { id: true, name: true } },
      user: { select: { id: true, name: true } },
    },
  });
  const page = rows.slice(0, request.limit);
  const last = page.at(-1);
  return {
    tasks: page.map((row) => ({
      id: row.id,
      nextAction: row.nextAction ?? row.subject ?? "Follow up",
      dueAt: row.nextActionDate!,
      type: row.type,
      subject: row.subject,
      lead: row.lead,
      customer: row.customer,
      owner: row.user,
      fromWorkflow: row.workflowKey !== null,
    })),
    nextCursor: rows.length > request.limit && last ? encodeCursor({ createdAt: last.nextActionDate!, id: last.id }) : null,
  };
}
