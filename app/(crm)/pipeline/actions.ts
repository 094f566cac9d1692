"use server";

import { z } from "zod";
import { requirePermission, requireUser } from "@/lib/auth/current-user";
import { updateLead } from "@/lib/crm/leads/update-lead";
import { listStageCards, type StagePage } from "@/lib/crm/pipeline/list-stage-cards";
import { PIPELINE_STAGES } from "@/lib/crm/pipeline/pipeline-stages";
import { runAction, type ActionResult } from "@/lib/http/action-result";
import { pipelineFilterInput } from "./pipeline-filter-input";

const moveInput = z.object({ leadId: z.uuid(), status: z.enum(PIPELINE_STAGES as [string, ...string[]]) });

/** Moves a lead to another stage: the same updateLead every API uses, so it emits lead.status_updated. */
export async function moveLeadAction(input: { leadId: string; status: string }): Promise<ActionResult<null>> {
  return runAction(async () => {
    const { ctx } = await requirePermission("editRecords");
    const { leadId, status } = moveInput.parse(input);
    await updateLead(ctx, leadId, { status: status as (typeof PIPELINE_STAGES)[number] });
    return null;
  });
}

/** The next page of one column's cards. */
export async function loadStageAction(input: { status: string; cursor: string; filter: unknown }): Promise<ActionResult<StagePage>> {
  return runAction(async () => {
    const { ctx } = await requireUser();
    const status = z.enum(PIPELINE_STAGES as [string, ...string[]]).parse(input.status) as (typeof PIPELINE_STAGES)[number];
    return listStageCards(ctx, status, pipelineFilterInput.parse(input.filter), z.string().max(200).parse(input.cursor));
  });
}
