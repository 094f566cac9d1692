"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requirePermission } from "@/lib/auth/current-user";
import { completeTask } from "@/lib/crm/tasks/complete-task";
import { runAction, type ActionResult } from "@/lib/http/action-result";

/** "Mark done" wherever a task shows (tasks, overview, lead page): completeTask, the one rule. */
export async function completeTaskAction(taskId: string): Promise<ActionResult<null>> {
  return runAction(async () => {
    const { ctx } = await requirePermission("editRecords");
    await completeTask(ctx, z.uuid().parse(taskId));
    revalidatePath("/tasks");
    revalidatePath("/");
    return null;
  });
}
