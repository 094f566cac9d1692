import type { NextRequest } from "next/server";
import { requireUser } from "@/lib/auth/current-user";
import { customerCsv } from "@/lib/crm/exports/customer-csv";
import { csvResponse } from "@/lib/dialects/crm/export-leads";
import { readPageQuery } from "@/lib/http/page-query";
import { customerListQuery } from "../customer-list-query";

/** The Export button on /customers: the current filter as CSV, streamed by the crm API's own export (a rep gets their customers). */
export async function GET(request: NextRequest): Promise<Response> {
  const { ctx } = await requireUser();
  const query = await readPageQuery(Promise.resolve(Object.fromEntries(request.nextUrl.searchParams)), customerListQuery);
  return csvResponse(customerCsv(ctx, { status: query.status, type: query.type, segment: query.segment, search: query.search }), "customers");
}
