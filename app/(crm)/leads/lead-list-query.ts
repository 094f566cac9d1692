import { z } from "zod";
import { LEAD_SOURCES } from "@/lib/crm/leads/lead-sources";
import { DEFAULT_LEAD_SORT, LEAD_SORT_KEYS, type LeadSort, type LeadSortKey } from "@/lib/crm/leads/lead-sort";
import { PIPELINE_STAGES } from "@/lib/crm/pipeline/pipeline-stages";
import { queryOf } from "@/lib/http/page-query";

/** The /leads filters and sort as they come from the URL; anything unreadable is simply ignored. */
export const leadListQuery = z.object({
  status: z.enum(PIPELINE_STAGES).optional().catch(undefined),
  source: z.enum(LEAD_SOURCES).optional().catch(undefined),
  owner: z.uuid().optional().catch(undefined),
  search: z.string().trim().max(200).optional().catch(undefined),
  /** Created on or after this day (UTC), `YYYY-MM-DD`. */
  from: z.iso.date().optional().catch(undefined),
  /** Created on or before this day (UTC). */
  to: z.iso.date().optional().catch(undefined),
  sort: z.enum(LEAD_SORT_KEYS).optional().catch(undefined),
  dir: z.enum(["asc", "desc"]).optional().catch(undefined),
  cursor: z.string().max(400).optional().catch(undefined),
});
export type LeadListQuery = z.infer<typeof leadListQuery>;

/** The query's filter in the domain's terms (the list, the export). */
export function leadFilterOf(query: LeadListQuery) {
  const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000);
  return {
    status: query.status,
    source: query.source,
    assignedToId: query.owner,
    search: query.search,
    createdFrom: query.from ? new Date(`${query.from}T00:00:00Z`) : undefined,
    createdTo: query.to ? nextDay(query.to) : undefined,
  };
}

/** Text sorts A→Z first, numbers and dates biggest/newest first. */
const FIRST_DIRECTION: Record<LeadSortKey, "asc" | "desc"> = { name: "asc", company: "asc", status: "asc", score: "desc", value: "desc", created: "desc" };

export function leadSortOf(query: LeadListQuery): LeadSort {
  if (!query.sort) return DEFAULT_LEAD_SORT;
  return { key: query.sort, direction: query.dir ?? FIRST_DIRECTION[query.sort] };
}

/** The filters as URL params (no sort, no cursor): the export's query and the base of every link. */
export function leadFilterParams(query: LeadListQuery): URLSearchParams {
  return queryOf({ status: query.status, source: query.source, owner: query.owner, search: query.search, from: query.from, to: query.to });
}

/** Filters plus a sort (the default one left out of the URL). */
export function leadSortParams(query: LeadListQuery, sort: LeadSort): URLSearchParams {
  const params = leadFilterParams(query);
  if (sort.key !== DEFAULT_LEAD_SORT.key || sort.direction !== DEFAULT_LEAD_SORT.direction) {
    params.set("sort", sort.key);
    params.set("dir", sort.direction);
  }
  return params;
}

/** A header's link: the same column flips the direction, another starts with its natural one. Back to page one. */
export function sortLinkParams(query: LeadListQuery, key: LeadSortKey): { params: URLSearchParams; direction: "asc" | "desc" | null } {
  const current = leadSortOf(query);
  const active = current.key === key;
  const next: LeadSort = active ? { key, direction: current.direction === "asc" ? "desc" : "asc" } : { key, direction: FIRST_DIRECTION[key] };
  return { params: leadSortParams(query, next), direction: active ? current.direction : null };
}
