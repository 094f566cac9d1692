import { getDb } from "@/lib/db/client";
import type { LeadStatus } from "@/lib/db/generated/enums";
import type { CrmContext } from "../context";
import { pipelineWhere, type PipelineFilter } from "./pipeline-filter";
import { PIPELINE_STAGES } from "./pipeline-stages";

export interface StageSummary {
  status: LeadStatus;
  count: number;
  /** Sum of the stage's deal values, exact, as a decimal string ("12500.00"). */
  value: string;
}

/** Count and deal value of every column in one aggregate (GROUP BY status), whatever the number of leads. */
export async function pipelineSummary(ctx: CrmContext, filter: PipelineFilter): Promise<StageSummary[]> {
  const db = await getDb();
  const rows = await db.lead.groupBy({ by: ["status"], where: pipelineWhere(ctx, filter), _count: { _all: true }, _sum: { value: true } });
  const byStatus = new Map(rows.map((row) => [row.status, row]));
  return PIPELINE_STAGES.map((status) => {
    const row = byStatus.get(status);
    return { status, count: row?._count._all ?? 0, value: row?._sum.value?.toFixed(2) ?? "0.00" };
  });
}
