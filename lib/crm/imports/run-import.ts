import { Transform, type Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import Papa from "papaparse";
import { matchHeaders, rowRecord, type HeaderField } from "@/lib/csv/header-matcher";
import { getDb, type Prisma } from "@/lib/db/client";
import { assertMayWrite } from "../access/access";
import type { CrmContext } from "../context";
import { ValidationFailed, type FieldError } from "../errors";
import { mappingProblems } from "./import-fields";
import { loadImportRefs, type ImportRefs } from "./import-refs";
import {
  finishImportJob,
  recordBatchProgress,
  startImportJob,
  type DuplicatePolicy,
  type ImportJobRecord,
  type ImportKind,
  type ImportRowIssue,
} from "./import-job";
import { claimPendingImportJob } from "./pending-import-job";

/** A parsed, valid row waiting for its batch. */
export interface PendingRow<T> {
  row: number;
  value: T;
}

/** What one kind of import (leads, customers) knows: its columns, its row parser and how it writes a batch. */
export interface ImportKindSpec<F extends string, T> {
  kind: ImportKind;
  fields: readonly HeaderField<F>[];
  /** Columns a file must have (any one of each inner list). */
  requiredColumns: readonly (readonly F[])[];
  parse(record: Partial<Record<F, string>>, refs: ImportRefs): { value: T } | { errors: FieldError[] };
  /** Writes valid rows inside the caller's transaction, following the duplicate policy. */
  writeBatch(
    tx: Prisma.TransactionClient,
    ctx: CrmContext,
    rows: PendingRow<T>[],
    policy: DuplicatePolicy,
    jobId: string,
  ): Promise<{ imported: number; updated: number; issues: ImportRowIssue[] }>;
  batchSize: number;
}

export interface ImportSource {
  /** The file's bytes (a stream: never buffered whole). */
  stream: Readable;
  fileName?: string;
  /** The upload's size when known, for progress. */
  bytesTotal?: number;
}

export interface ImportOptions {
  /** A pending job made beforehand (createPendingImportJob), so a page can poll its progress from the first byte. */
  jobId?: string;
  /** The field each file column feeds (null: ignored), as the person importing chose (checked against F); default: matched from the header row. */
  columns?: readonly (string | null)[];
  /** Rows per transaction (default: the kind's). A page asks for smaller batches: progress is recorded per batch. */
  batchSize?: number;
}

export interface ImportOutcome {
  job: ImportJobRecord;
  /** The first issues (failed and skipped rows), for the response; the full list is the job's error report. */
  issues: ImportRowIssue[];
  issuesTruncated: boolean;
  ignoredColumns: string[];
}

const ISSUES_IN_RESPONSE = 1000;

/**
 * Streams a CSV file into the tenant's leads or customers: bytes → UTF-8
 * text → papaparse's streaming parser → rows validated one by one → batches,
 * each written in its own transaction together with the job's progress and
 * the batch's row issues. Memory holds one batch, whatever the file's size:
 * the parser pauses the upload while a batch is written (back-pressure).
 * Bad rows are reported (row, field, reason) and good rows land. A file that
 * cannot be read at all (empty, no email column…) fails the job: ValidationFailed.
 * Analysts cannot import (Forbidden).
 */
export async function runImport<F extends string, T>(
  ctx: CrmContext,
  spec: ImportKindSpec<F, T>,
  source: ImportSource,
  policy: DuplicatePolicy,
  options: ImportOptions = {},
): Promise<ImportOutcome> {
  assertMayWrite(ctx);
  const chosen = options.columns;
  if (chosen) {
    const problems = mappingProblems(spec.kind, chosen);
    if (problems.length > 0) throw new ValidationFailed(problems.map((message) => ({ field: "columns", message })));
  }
  const batchSize = Math.max(1, Math.min(options.batchSize ?? spec.batchSize, spec.batchSize));
  const upload = { kind: spec.kind, fileName: source.fileName, bytesTotal: source.bytesTotal };
  const job = options.jobId ? await claimPendingImportJob(ctx, options.jobId, upload) : await startImportJob(ctx, { ...upload, onDuplicate: policy });
  // A job made beforehand carries its own duplicate rule, chosen when it was created.
  if (options.jobId) policy = job.onDuplicate === "update" ? "update" : "skip";
  let bytesRead = 0;
  // Decoding here, not in the parser, so a multi-byte character split across chunks stays whole.
  const decoder = new StringDecoder("utf8");
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      bytesRead += chunk.length;
      // Small pieces: papaparse's streaming step mode slows down quadratically with the size of one chunk.
      for (let at = 0; at < chunk.length; at += 16_384) this.push(decoder.write(chunk.subarray(at, at + 16_384)));
      callback();
    },
    flush(callback) {
      callback(null, decoder.end());
    },
  });
  const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { skipEmptyLines: "greedy", delimitersToGuess: [",", ";", "\t", "|"] });
  source.stream.on("error", (error) => counter.destroy(error));
  counter.on("error", (error) => parser.destroy(error));

  const issues: ImportRowIssue[] = [];
  const keep = (found: ImportRowIssue[]) => {
    for (const issue of found) if (issues.length < ISSUES_IN_RESPONSE) issues.push(issue);
  };
  let issueCount = 0;
  let ignoredColumns: string[] = [];
  try {
    const db = await getDb();
    const refs = await loadImportRefs(db, ctx);
    // Piped only now, just before rowsOf listens: an upload that fails early (the page closed) must reach the loop, not go unhandled.
    source.stream.pipe(counter).pipe(parser);
    let columns: (F | null)[] | undefined;
    let headers: string[] = [];
    let rowNumber = 0;
    let pending: PendingRow<T>[] = [];
    let pendingIssues: ImportRowIssue[] = [];
    let pendingRows = 0;

    const flush = async () => {
      if (pendingRows === 0) return;
      const rows = pending;
      const parseIssues = pendingIssues;
      const count = pendingRows;
      pending = [];
      pendingIssues = [];
      pendingRows = 0;
      const written = await writeWithFallback(ctx, spec, rows, policy, job.id);
      const batchIssues = [...parseIssues, ...written.issues].sort((a, b) => a.row - b.row);
      await db.$transaction(async (tx) => {
        await recordBatchProgress(tx, job.id, { rows: count, imported: written.imported, updated: written.updated, issues: batchIssues, bytesRead });
      });
      issueCount += batchIssues.length;
      keep(batchIssues);
    };

    for await (const cells of rowsOf(parser, batchSize)) {
      rowNumber++;
      if (!columns) {
        headers = cells;
        if (chosen) {
          columns = cells.map((_, i) => (chosen[i] ?? null) as F | null); // checked by mappingProblems above
          ignoredColumns = cells.filter((header, i) => columns![i] === null && header.trim() !== "");
        } else {
          const match = matchHeaders(cells, spec.fields);
          columns = match.columns;
          ignoredColumns = match.unmatched;
        }
        const found = columns;
        const missing = spec.requiredColumns.filter((any) => !any.some((key) => found.includes(key)));
        if (missing.length > 0) {
          throw new ValidationFailed(
            missing.map((any) => ({ field: "file", message: `The file has no ${any.join(" or ")} column (headers found: ${cells.join(", ").slice(0, 300)})` })),
          );
        }
        continue;
      }
      pendingRows++;
      const parsed = spec.parse(rowRecord(cells, columns), refs);
      if ("value" in parsed) pending.push({ row: rowNumber, value: parsed.value });
      else
        pendingIssues.push(
          ...parsed.errors.map((e) => ({ row: rowNumber, outcome: "failed" as const, field: headerOf(e.field, columns!, headers), message: e.message })),
        );
      if (pendingRows >= batchSize) await flush();
    }
    if (!columns) throw new ValidationFailed([{ field: "file", message: "The file is empty: expected a header row then one row per record" }]);
    await flush();
    const finished = await finishImportJob(job.id, { bytesRead });
    return { job: finished, issues, issuesTruncated: issueCount > issues.length, ignoredColumns };
  } catch (error) {
    source.stream.resume(); // drain what is left so the upload completes
    await finishImportJob(job.id, { bytesRead, failure: error instanceof Error ? error.message.slice(0, 1000) : "Import failed" });
    throw error;
  }
}

/** The file's own header for a field, so a report names the column the user sees. */
function headerOf<F extends string>(field: string, columns: (F | null)[], headers: string[]): string {
  const index = columns.indexOf(field as F);
  return index >= 0 ? (headers[index] ?? field) : field;
}

/**
 * A batch in one transaction; if it fails as a whole (a database error from
 * one row), each row is retried alone so one bad row never sinks its batch.
 */
async function writeWithFallback<F extends string, T>(
  ctx: CrmContext,
  spec: ImportKindSpec<F, T>,
  rows: PendingRow<T>[],
  policy: DuplicatePolicy,
  jobId: string,
) {
  if (rows.length === 0) return { imported: 0, updated: 0, issues: [] };
  const db = await getDb();
  try {
    return await db.$transaction((tx) => spec.writeBatch(tx, ctx, rows, policy, jobId), { timeout: 120_000, maxWait: 30_000 });
  } catch {
    const total = { imported: 0, updated: 0, issues: [] as ImportRowIssue[] };
    for (const row of rows) {
      try {
        const one = await db.$transaction((tx) => spec.writeBatch(tx, ctx, [row], policy, jobId), { timeout: 30_000, maxWait: 30_000 });
        total.imported += one.imported;
        total.updated += one.updated;
        total.issues.push(...one.issues);
      } catch (error) {
        const fields =
          error instanceof ValidationFailed
            ? error.fields
            : [{ field: "row", message: error instanceof Error && "kind" in error ? error.message : "Could not be saved" }];
        total.issues.push(...fields.map((f) => ({ row: row.row, outcome: "failed" as const, field: f.field, message: f.message })));
      }
    }
    return total;
  }
}

/**
 * The parser's rows, read in flowing mode and paused once per batch. Reading
 * them one by one with `for await` makes papaparse pause and resume every 16
 * rows, and each resume re-copies the rest of its chunk: quadratic, ~0.5 ms a row.
 */
async function* rowsOf(parser: Readable, batchSize: number): AsyncGenerator<string[]> {
  let buffered: string[][] = [];
  let ended = false;
  let failure: unknown;
  let wake: (() => void) | undefined;
  parser.on("data", (row: string[]) => {
    buffered.push(row);
    if (buffered.length >= batchSize) parser.pause();
    wake?.();
  });
  parser.on("end", () => {
    ended = true;
    wake?.();
  });
  parser.on("error", (error) => {
    failure = error;
    wake?.();
  });
  for (;;) {
    if (failure) throw failure;
    if (buffered.length > 0 && (buffered.length >= batchSize || ended || parser.isPaused())) {
      const rows = buffered;
      buffered = [];
      yield* rows;
      parser.resume();
      continue;
    }
    if (ended) return;
    await new Promise<void>((resolve) => (wake = resolve));
    wake = undefined;
  }
}
