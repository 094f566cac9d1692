import { csvLine } from "@/lib/csv/csv-line";
import type { CallView } from "./call-view";

/** The ribbon seed's export header, exactly; the API and the call log page send the same file. */
export const CALLS_CSV_HEADER = ["Session ID", "Customer Name", "Phone Number", "Direction", "Start Time", "End Time", "Duration (s)", "Customer ID"] as const;

/**
 * The calls of an export (exportCalls' batches) as a CSV byte stream, pulled
 * on demand: a batch is read only when the client has taken the previous one.
 */
export function callsCsvStream(batches: AsyncGenerator<CallView[]>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(csvLine(CALLS_CSV_HEADER)));
        return;
      }
      const next = await batches.next();
      if (next.done) return controller.close();
      controller.enqueue(encoder.encode(next.value.map(callCsvRow).join("")));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
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
