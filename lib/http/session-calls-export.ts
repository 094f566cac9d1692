import { findCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { callLogQuery } from "@/lib/crm/calls/call-log-query";
import { callsCsvHeaders, callsCsvStream } from "@/lib/crm/calls/calls-csv";
import { exportCalls } from "@/lib/crm/calls/export-calls";
import { resolveDateRange } from "@/lib/crm/reports/date-range-preset";

/**
 * GET /api/calls/export?from=&to=&direction=&customerId=: the call log page's
 * "Export calls (CSV)" for a signed-in user (session cookie, no API key):
 * the same streamed file as GET /api/ribbon/export/calls?format=csv, for the
 * page's period (whole UTC days), direction and customer.
 */
export async function sessionCallsExport(request: Request): Promise<Response> {
  const current = await findCurrentUser();
  if (!current) return Response.json({ error: "Sign in to export calls" }, { status: 401 });
  if (!can(current.user.role, "viewReports")) return Response.json({ error: "Your role does not allow call exports" }, { status: 403 });
  const params = Object.fromEntries([...new URL(request.url).searchParams].map(([k, v]) => [k, v.trim() || undefined]));
  const range = resolveDateRange({ range: params.from || params.to ? "custom" : params.range, from: params.from, to: params.to });
  if (range.problem) return Response.json({ error: range.problem }, { status: 400 });
  const query = callLogQuery.parse(params);
  const batches = exportCalls(current.ctx, { from: range.from, to: range.to, customerId: query.customerId }, { direction: query.direction });
  return new Response(callsCsvStream(batches), { headers: { ...callsCsvHeaders(range.fromDay, range.toDay), "Cache-Control": "no-store" } });
}
