import { z } from "zod";
import { exportCalls } from "@/lib/crm/calls/export-calls";
import type { CallView } from "@/lib/crm/calls/call-view";
import { CALLS_CSV_HEADER, callsCsvHeaders, callsCsvStream } from "@/lib/crm/calls/calls-csv";
import { batchStream } from "@/lib/csv/csv-writer";
import { getTenantConfig } from "@/lib/crm/tenants/get-tenant-config";
import { defineEndpoint } from "@/lib/http/endpoint";
import { toCustomerData } from "./call-shape";
import { DATES_DESCRIPTION, dateRange, reportDate } from "./report-query";
import { ribbon } from "./dialect";

const exportedCall = z.object({
  sessionId: z.string(),
  startTime: z.string(),
  endTime: z.string().nullable(),
  duration: z.number().int().nullable(),
  phoneNumber: z.string().nullable(),
  callDirection: z.enum(["inbound", "outbound"]).nullable(),
  customerData: z.object({ customerId: z.string().optional(), name: z.string().optional() }),
});

export const exportRibbonCalls = defineEndpoint({
  dialect: ribbon,
  method: "GET",
  path: "/api/ribbon/export/calls",
  summary: "Export call logs",
  description: `Every call whose start falls in the range, oldest first, streamed (memory stays flat for any size). \`format=json\` (default): the seed's envelope; \`dateRange\` echoes the dates as given (null when absent). \`format=csv\`: a header line \`${CALLS_CSV_HEADER.join(",")}\` then one line per call (RFC 4180 quoting, \\n line ends, UTF-8), as an attachment. Any other format: 400. The key may also be sent as the \`X-API-Key\` query parameter, so a plain link can download the file. ${DATES_DESCRIPTION}`,
  auth: "tenant",
  scope: "read:calls",
  credentials: [
    { in: "header", name: "X-API-Key" },
    { in: "query", name: "X-API-Key" },
  ],
  query: z.object({
    startDate: reportDate,
    endDate: reportDate,
    format: z.enum(["json", "csv"], { error: "format must be json or csv" }).default("json"),
  }),
  response: z.object({
    client: z.object({ clientId: z.string(), name: z.string() }),
    exportDate: z.string(),
    dateRange: z.object({ startDate: z.string().nullable(), endDate: z.string().nullable() }),
    calls: z.array(exportedCall),
  }),
  alternativeContent: ["text/csv"],
  async handler({ ctx, query }) {
    const batches = exportCalls(ctx, dateRange(query.startDate, query.endDate));
    if (query.format === "csv") return new Response(callsCsvStream(batches), { headers: callsCsvHeaders(query.startDate, query.endDate) });
    const client = await getTenantConfig(ctx);
    const head = `{"client":${JSON.stringify({ clientId: client.clientId, name: client.name })},"exportDate":${JSON.stringify(new Date().toISOString())},"dateRange":${JSON.stringify({ startDate: query.startDate ?? null, endDate: query.endDate ?? null })},"calls":[`;
    let first = true;
    const stream = batchStream(
      batches,
      (calls) => {
        if (calls.length === 0) return "";
        const text = `${first ? "" : ","}${calls.map((call) => JSON.stringify(jsonCall(call))).join(",")}`;
        first = false;
        return text;
      },
      { head, tail: "]}" },
    );
    return new Response(stream, { headers: { "Content-Type": "application/json; charset=utf-8" } });
  },
});

function jsonCall(call: CallView): z.infer<typeof exportedCall> {
  return {
    sessionId: call.sessionId,
    startTime: call.startTime.toISOString(),
    endTime: call.endTime?.toISOString() ?? null,
    duration: call.duration,
    phoneNumber: call.phoneNumber,
    callDirection: call.callDirection,
    customerData: toCustomerData(call),
  };
}
