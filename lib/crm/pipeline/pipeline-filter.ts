import type { LeadSource } from "@/lib/db/generated/enums";
import type { Prisma } from "@/lib/db/client";
import type { CrmContext } from "../context";
import { leadWhere } from "../leads/list-leads";

/** The board's filters: whose leads ("mine", "unassigned", a user id or everyone), source, search. */
export interface PipelineFilter {
  owner?: "all" | "mine" | "unassigned" | string;
  source?: LeadSource;
  search?: string;
}

/** The lead `where` for the board: the list's own filter rules, plus the owner choice. */
export function pipelineWhere(ctx: CrmContext, filter: PipelineFilter): Prisma.LeadWhereInput {
  const where = leadWhere(ctx, { source: filter.source, search: filter.search });
  const owner = filter.owner ?? "all";
  if (owner === "mine") return { ...where, assignedToId: ctx.actor.type === "user" ? ctx.actor.id : "00000000-0000-0000-0000-000000000000" };
  if (owner === "unassigned") return { ...where, assignedToId: null };
  if (owner !== "all") return { ...where, assignedToId: owner };
  return where;
}
