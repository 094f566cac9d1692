import { Readable, Transform } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { findCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { importCustomers } from "@/lib/crm/imports/import-customers";
import { getImportJob, importJobIssues } from "@/lib/crm/imports/import-job";
import { importLeads } from "@/lib/crm/imports/import-leads";
import { ValidationFailed } from "@/lib/crm/errors";
import { toImportJobView, type ImportSummaryView } from "@/lib/crm/imports/import-progress";
import type { ImportOutcome } from "@/lib/crm/imports/run-import";
import { csvStream } from "@/lib/csv/csv-writer";
import { DEFAULT_STATUS } from "./api-error";
import { newRequestId } from "./request-id";
import { toApiError } from "./to-api-error";

/**
 * The /import page's routes, for a signed-in person (session cookie, no API
 * key): the same domain functions as POST /dev/crm/{leads,customers}/import
 * and GET /dev/crm/imports/{jobId}. The page first creates a pending job
 * (server action), then sends the file here while it polls the job's progress.
 */
type JobRoute = { params: Promise<{ jobId: string }> };

/** Rows per transaction for page imports: progress is recorded per batch, so a few thousand rows still show it moving. */
const PAGE_BATCH_SIZE = 250;
/** Reported rows the upload answers with; the error report CSV has all of them. */
const ISSUES_SHOWN = 200;

async function signedIn(request: Request, work: (current: CurrentUser) => Promise<Response>): Promise<Response> {
  const current = await findCurrentUser();
  if (!current) return Response.json({ message: "Sign in to import" }, { status: 401 });
  // A cross-site form cannot feed an import: the session cookie alone is not enough.
  const origin = request.headers.get("origin");
  if (request.method !== "GET" && origin && new URL(origin).host !== request.headers.get("host")) {
    return Response.json({ message: "Cross-site request refused" }, { status: 403 });
  }
  try {
    return await work(current);
  } catch (failure) {
    const error = toApiError(failure, newRequestId());
    return Response.json({ message: error.message, fields: error.fields }, { status: DEFAULT_STATUS[error.kind], headers: { "Cache-Control": "no-store" } });
  }
}

/** GET /api/imports/{jobId}: the job's status and progress (polled by the page's progress bar). */
export function sessionImportJob(request: Request, { params }: JobRoute): Promise<Response> {
  return signedIn(request, async ({ ctx }) => {
    const job = await getImportJob(ctx, (await params).jobId);
    return Response.json(toImportJobView(job), { headers: { "Cache-Control": "no-store" } });
  });
}

/**
 * POST /api/imports/{jobId}/file?kind=leads&columns=email,name,,phone: the
 * CSV as the raw request body, streamed into the import (never buffered whole);
 * `columns` is the field each file column feeds, empty for ignored ones.
 * Answers when the import has finished.
 */
export function sessionImportUpload(request: Request, { params }: JobRoute): Promise<Response> {
  return signedIn(request, async ({ ctx }) => {
    const { jobId } = await params;
    const job = await getImportJob(ctx, jobId);
    const url = new URL(request.url);
    const columnsParam = url.searchParams.get("columns");
    const columns = columnsParam === null ? undefined : columnsParam.split(",").map((key) => key.trim() || null);
    if (!request.body) return Response.json({ message: "Send the CSV file as the request body" }, { status: 400 });
    const length = Number(request.headers.get("content-length"));
    const bytesTotal = length > 0 ? length : undefined;
    const source = {
      stream: guardedUpload(Readable.fromWeb(request.body as unknown as NodeReadableStream<Uint8Array>), request.signal, bytesTotal),
      fileName: url.searchParams.get("name") ?? undefined,
      bytesTotal,
    };
    const run = job.kind === "customers" ? importCustomers : importLeads;
    let outcome: ImportOutcome;
    try {
      // The policy is the job's own (chosen when the page created it).
      outcome = await run(ctx, source, "skip", { jobId, columns, batchSize: PAGE_BATCH_SIZE });
    } catch (error) {
      source.stream.resume(); // let the upload finish so the browser reads the answer
      throw error;
    }
    const summary: ImportSummaryView = {
      job: toImportJobView(outcome.job),
      issues: outcome.issues.slice(0, ISSUES_SHOWN),
      issuesTruncated: outcome.issuesTruncated || outcome.issues.length > ISSUES_SHOWN,
      ignoredColumns: outcome.ignoredColumns,
    };
    return Response.json(summary, { headers: { "Cache-Control": "no-store" } });
  });
}

export const UPLOAD_INTERRUPTED =
  "The upload stopped before the whole file arrived (the page was closed or the connection dropped); the rows before that point were imported";

/**
 * The upload as the import reads it, failing (instead of ending or hanging)
 * when the browser goes away: the request's abort signal, a stream error, or
 * fewer bytes than Content-Length announced. The import then ends the job as
 * failed with UPLOAD_INTERRUPTED, so it never stays "running". The body is
 * piped in only once the import starts reading (after it has claimed the job
 * and listens for errors): an error raised before that is held until then.
 */
export function guardedUpload(body: Readable, signal: AbortSignal, bytesTotal: number | undefined): Readable {
  const interrupted = () => new ValidationFailed([{ field: "file", message: UPLOAD_INTERRUPTED }]);
  let received = 0;
  let reading = false;
  let held: Error | undefined;
  const guard = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      received += chunk.length;
      callback(null, chunk);
    },
    flush(callback) {
      callback(signal.aborted || (bytesTotal !== undefined && received < bytesTotal) ? interrupted() : null);
    },
  });
  const fail = () => {
    if (reading) guard.destroy(interrupted());
    else held ??= interrupted();
  };
  guard.once("resume", () => {
    reading = true;
    if (held) guard.destroy(held);
    else body.pipe(guard);
  });
  if (signal.aborted) fail();
  else signal.addEventListener("abort", fail, { once: true });
  guard.on("close", () => signal.removeEventListener("abort", fail));
  body.on("error", fail);
  // The import listens for errors while it reads; this keeps one raised after it stopped (a refused file) from being unhandled.
  guard.on("error", () => undefined);
  return guard;
}

/** GET /api/imports/{jobId}/errors: every reported row as CSV (row, outcome, field, message), streamed. */
export function sessionImportErrors(request: Request, { params }: JobRoute): Promise<Response> {
  return signedIn(request, async ({ ctx }) => {
    const job = await getImportJob(ctx, (await params).jobId);
    const body = csvStream(["row", "outcome", "field", "message"], importJobIssues(ctx, job.id), (i) => [i.row, i.outcome, i.field, i.message]);
    return new Response(body, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="import-${job.id}-errors.csv"`,
        "Cache-Control": "no-store",
      },
    });
  });
}
