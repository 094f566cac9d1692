"use server";

import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user";
import { createPendingImportJob } from "@/lib/crm/imports/pending-import-job";
import { runAction, type ActionResult } from "@/lib/http/action-result";

const startImportInput = z.object({
  kind: z.enum(["leads", "customers"]),
  onDuplicate: z.enum(["skip", "update"]),
  fileName: z.string().max(255).optional(),
  bytesTotal: z.number().int().min(0).optional(),
});

export type StartImportInput = z.infer<typeof startImportInput>;

/** Step one of a page import: a pending job whose id the page polls while it sends the file to /api/imports/{id}/file. */
export async function startImportAction(input: StartImportInput): Promise<ActionResult<{ jobId: string }>> {
  const { ctx } = await requireUser();
  return runAction(async () => {
    const job = await createPendingImportJob(ctx, startImportInput.parse(input));
    return { jobId: job.id };
  });
}
