import type { NextRequest } from "next/server";
import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user";
import { BULK_LIMIT } from "@/lib/crm/leads/bulk-update-leads";
import { leadCsv } from "@/lib/crm/exports/lead-csv";
import { csvResponse } from "@/lib/dialects/crm/export-leads";
import { leadFilterOf, leadListQuery } from "../lead-list-query";

const selectedIds = z.array(z.uuid()).max(BULK_LIMIT).catch([]);

/**
 * The Export buttons on /leads: the current filter (or, with `ids`, the
 * selected rows) as CSV, streamed by the crm API's own export. A rep gets
 * only their own and unassigned leads: the export runs under their context.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const { ctx } = await requireUser();
  const params = request.nextUrl.searchParams;
  const query = leadListQuery.parse(Object.fromEntries([...params.keys()].map((key) => [key, params.get(key) || undefined])));
  const ids = params.get("ids") ? selectedIds.parse(params.get("ids")!.split(",")) : undefined;
  return csvResponse(leadCsv(ctx, { ...leadFilterOf(query), ...(ids ? { ids } : {}) }), "leads");
}
