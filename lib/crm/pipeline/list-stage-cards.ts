import { getDb } from "@/lib/db/client";
import type { LeadStatus } from "@/lib/db/generated/enums";
import type { CrmContext } from "../context";
import { afterCursor, decodeCursor, encodeCursor } from "../keyset-cursor";
import { pipelineWhere, type PipelineFilter } from "./pipeline-filter";

/** What a card shows: plain JSON, so it can cross to the browser. */
export interface PipelineCard {
  id: string;
  name: string;
  company: string | null;
  status: LeadStatus;
  score: number | null;
  value: string | null;
  owner: string | null;
  createdAt: string;
}

export interface StagePage {
  cards: PipelineCard[];
  nextCursor: string | null;
}

export const STAGE_PAGE_SIZE = 20;

/** One column's cards, newest first, a keyset page at a time (constant cost however deep the column). */
export async function listStageCards(
  ctx: CrmContext,
  status: LeadStatus,
  filter: PipelineFilter,
  cursor?: string,
  limit = STAGE_PAGE_SIZE,
): Promise<StagePage> {
  const db = await getDb();
  const rows = await db.lead.findMany({
    where: { ...pipelineWhere(ctx, filter), status, ...afterCursor(cursor ? decodeCursor(cursor) : undefined) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: { id: true, name: true, company: true, status: true, score: true, value: true, createdAt: true, assignedTo: { select: { name: true } } },
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    cards: page.map((row) => ({
      id: row.id,
      name: row.name,
      company: row.company,
      status: row.status,
      score: row.score,
      value: row.value?.toFixed(2) ?? null,
      owner: row.assignedTo?.name ?? null,
      createdAt: row.createdAt.toISOString(),
    })),
    nextCursor: rows.length > limit && last ? encodeCursor(last) : null,
  };
}
