import { csvLine } from "@/lib/csv/csv-line";
import { batchStream } from "@/lib/csv/csv-writer";
import type { CallView } from "./call-view";

/** The ribbon seed's export header, exactly; the API and the call log page send the same file. */
export const CALLS_CSV_HEADER = ["Session ID", "Customer Name", "Phone Number", "Direction", "Start Time", "End Time", "Duration (s)", "Customer ID"] as const;

/** The calls of an export (exportCalls' batches) as a CSV byte stream, pulled on demand (lib/csv batchStream). */
export function callsCsvStream(batches: AsyncIterable<CallView[]>): ReadableStream<Uint8Array> {
  return batchStream(batches, (calls) => calls.map(callCsvRow).join(""), { head: csvLine(CALLS_CSV_HEADER) });
}

function callCsvRow(call: CallView): string {
  return csvLine([
    call.sessionId,
    call.customer?.name,
    call.phoneNumber,
    call.callDirection,
    call.startTime.toISOString(),
    call.endTime?.toISOString(),
    call.duration,
    call.customer?.customerId,
  ]);
}

/** The attachment headers of a calls CSV named for its range. */
export function callsCsvHeaders(startDate: string | undefined, endDate: string | undefined): Record<string, string> {
  const name = `call-logs-${startDate ?? "all"}-${endDate ?? "now"}`.replace(/[^\w.-]/g, "_");
  return { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${name}.csv"` };
}
