import type { NextRequest } from "next/server";
import { requireUser } from "@/lib/auth/current-user";
import { customerCsv } from "@/lib/crm/exports/customer-csv";
import { csvResponse } from "@/lib/dialects/crm/export-leads";
import { customerListQuery, firstValues } from "../customer-list-query";

/** The Export button on /customers: the current filter as CSV, streamed by the crm API's own export (a rep gets their customers). */
export async function GET(request: NextRequest): Promise<Response> {
  const { ctx } = await requireUser();
  const query = customerListQuery.parse(firstValues(Object.fromEntries(request.nextUrl.searchParams)));
  return csvResponse(customerCsv(ctx, { status: query.status, type: query.type, segment: query.segment, search: query.search }), "customers");
}
