"use client";

import { useQuery } from "@tanstack/react-query";
import { FileUp } from "lucide-react";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import type { StartImportInput } from "@/app/(crm)/import/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { ProgressBar } from "@/components/ui/progress-bar";
import { matchHeaders } from "@/lib/csv/header-matcher";
import type { ActionResult } from "@/lib/http/action-result";
import type { ImportKind } from "@/lib/crm/imports/import-job";
import { IMPORT_FIELD_SETS, mappingProblems } from "@/lib/crm/imports/import-fields";
import type { ImportJobView, ImportSummaryView } from "@/lib/crm/imports/import-progress";
import { ColumnMapping } from "./column-mapping";
import { ImportSummary } from "./import-summary";
import { readCsvPreview, type CsvPreview } from "./read-csv-preview";

type Step = "choose" | "map" | "run" | "done";
const STEPS: { step: Step; label: string }[] = [
  { step: "choose", label: "Choose a file" },
  { step: "map", label: "Map columns" },
  { step: "run", label: "Import" },
  { step: "done", label: "Summary" },
];

const KINDS: { kind: ImportKind; title: string; hint: string }[] = [
  { kind: "leads", title: "Leads", hint: "People to sell to: name, email, company, source, owner…" },
  { kind: "customers", title: "Customers", hint: "Accounts you serve: name, email, company, type, terms…" },
];

const POLL_MS = 400;

async function fetchJob(jobId: string): Promise<ImportJobView> {
  const response = await fetch(`/api/imports/${jobId}`, { cache: "no-store" });
  if (!response.ok) throw new Error(`Progress unavailable (${response.status})`);
  return (await response.json()) as ImportJobView;
}

/**
 * /import: pick leads or customers and a CSV, check the column mapping on a
 * preview of the first rows, then import. The page creates the job first
 * (startJob), sends the file to /api/imports/{id}/file (streamed into the
 * import on the server) and polls the job meanwhile for the progress bar.
 */
export function ImportWizard({
  startJob,
  initialKind = "leads",
}: {
  startJob(input: StartImportInput): Promise<ActionResult<{ jobId: string }>>;
  initialKind?: ImportKind;
}) {
  const router = useRouter();
  const fileInputId = useId();
  const [step, setStep] = useState<Step>("choose");
  const [kind, setKind] = useState<ImportKind>(initialKind);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<CsvPreview | null>(null);
  const [columns, setColumns] = useState<(string | null)[]>([]);
  const [onDuplicate, setOnDuplicate] = useState<"skip" | "update">("skip");
  const [jobId, setJobId] = useState<string | null>(null);
  const [summary, setSummary] = useState<ImportSummaryView | null>(null);
  const [error, setError] = useState<string | null>(null);

  const progress = useQuery({
    queryKey: ["import-job", jobId],
    queryFn: () => fetchJob(jobId!),
    enabled: jobId !== null && step === "run",
    refetchInterval: POLL_MS,
    staleTime: 0,
  });

  const matched = (forKind: ImportKind, headers: string[]) => matchHeaders(headers, IMPORT_FIELD_SETS[forKind].fields).columns as (string | null)[];

  async function chooseFile(chosen: File | undefined) {
    setError(null);
    if (!chosen) return;
    try {
      const read = await readCsvPreview(chosen);
      setFile(chosen);
      setPreview(read);
      setColumns(matched(kind, read.headers));
      setStep("map");
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : "The file could not be read as CSV.");
    }
  }

  function chooseKind(next: ImportKind) {
    setKind(next);
    if (preview) setColumns(matched(next, preview.headers));
  }

  function reset() {
    setStep("choose");
    setFile(null);
    setPreview(null);
    setColumns([]);
    setJobId(null);
    setSummary(null);
    setError(null);
  }

  async function run() {
    if (!file) return;
    setError(null);
    setStep("run");
    const started = await startJob({ kind, onDuplicate, fileName: file.name, bytesTotal: file.size });
    if (!started.ok) {
      setError(started.message);
      setStep("map");
      return;
    }
    setJobId(started.data.jobId);
    const query = new URLSearchParams({ columns: columns.map((c) => c ?? "").join(","), name: file.name });
    try {
      const response = await fetch(`/api/imports/${started.data.jobId}/file?${query.toString()}`, {
        method: "POST",
        body: file,
        headers: { "Content-Type": "text/csv" },
      });
      const body = (await response.json()) as ImportSummaryView | { message: string };
      if (!response.ok || !("job" in body)) throw new Error("message" in body ? body.message : `The import failed (${response.status})`);
      setSummary(body);
      setStep("done");
      router.refresh(); // the recent imports list
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : "The import failed.");
      setStep("map");
      router.refresh();
    }
  }

  const problems = kind && columns.length ? mappingProblems(kind, columns) : [];
  const job = progress.data;
  const percent = job?.progress === null || job?.progress === undefined ? (job?.status === "running" ? null : 0) : job.progress * 100;

  return (
    <div className="space-y-5">
      <ol className="flex flex-wrap gap-x-6 gap-y-2 text-sm" aria-label="Import steps">
        {STEPS.map(({ step: s, label }, index) => {
          const current = s === step;
          const done = STEPS.findIndex((x) => x.step === step) > index;
          return (
            <li key={s} aria-current={current ? "step" : undefined} className="flex items-center gap-2">
              <span
                className={cn(
                  "flex h-6 w-6 items-center justify-center rounded-full text-xs font-semibold",
                  current ? "bg-brand-600 text-white" : done ? "bg-brand-100 text-brand-700" : "bg-slate-100 text-slate-500",
                )}
              >
                {index + 1}
              </span>
              <span className={current ? "font-medium text-slate-900" : "text-slate-500"}>{label}</span>
            </li>
          );
        })}
      </ol>

      {error && <Alert>{error}</Alert>}

      {step === "choose" && (
        <div className="space-y-5 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <fieldset>
            <legend className="text-sm font-medium text-slate-900">What are you importing?</legend>
            <div className="mt-2 grid gap-3 sm:grid-cols-2">
              {KINDS.map((option) => (
                <label
                  key={option.kind}
                  className={cn(
                    "cursor-pointer rounded-lg border p-4 focus-within:ring-2 focus-within:ring-brand-500",
                    kind === option.kind ? "border-brand-500 bg-brand-50/60" : "border-slate-200 hover:border-slate-300",
                  )}
                >
                  <input
                    type="radio"
                    name="kind"
                    value={option.kind}
                    checked={kind === option.kind}
                    onChange={() => chooseKind(option.kind)}
                    className="sr-only"
                  />
                  <span className="block text-sm font-semibold text-slate-900">{option.title}</span>
                  <span className="mt-0.5 block text-sm text-slate-500">{option.hint}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <div>
            <label
              htmlFor={fileInputId}
              className="hover:border-brand-400 flex cursor-pointer flex-col items-center justify-center gap-2 rounded-lg border-2 border-dashed border-slate-300 px-6 py-10 text-center focus-within:ring-2 focus-within:ring-brand-500 hover:bg-brand-50/30"
              onDragOver={(event) => event.preventDefault()}
              onDrop={(event) => {
                event.preventDefault();
                void chooseFile(event.dataTransfer.files[0]);
              }}
            >
              <FileUp className="h-8 w-8 text-brand-600" aria-hidden />
              <span className="text-sm font-medium text-slate-900">Choose a CSV file or drop it here</span>
              <span className="text-xs text-slate-500">UTF-8, comma, semicolon, tab or pipe separated; header row first. Any size: it is streamed.</span>
              <input
                id={fileInputId}
                type="file"
                accept=".csv,text/csv,text/plain"
                className="sr-only"
                data-testid="import-file"
                onChange={(event) => void chooseFile(event.target.files?.[0])}
              />
            </label>
          </div>
        </div>
      )}

      {step === "map" && preview && file && (
        <div className="space-y-5 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div className="min-w-0">
              <h2 className="text-base font-semibold text-slate-900">Map the columns of {file.name}</h2>
              <p className="text-sm text-slate-500">
                {preview.headers.length} columns, {(file.size / 1024).toLocaleString("en", { maximumFractionDigits: 0 })} KB, importing as{" "}
                <strong className="font-medium text-slate-700">{kind}</strong>. Matched from the headers; change any that are wrong.
              </p>
            </div>
            <Button variant="ghost" onClick={reset}>
              Choose another file
            </Button>
          </div>
          <ColumnMapping kind={kind} preview={preview} columns={columns} onChange={setColumns} />
          <fieldset>
            <legend className="text-sm font-medium text-slate-900">When a row&apos;s email already exists</legend>
            <div className="mt-2 grid gap-2 sm:grid-cols-2">
              {(
                [
                  ["skip", "Skip it", "Keep the existing record; the row is listed as skipped."],
                  ["update", "Update the existing record", "The row's non-empty values replace the record's."],
                ] as const
              ).map(([value, title, hint]) => (
                <label
                  key={value}
                  className={cn(
                    "flex cursor-pointer gap-3 rounded-lg border p-3 focus-within:ring-2 focus-within:ring-brand-500",
                    onDuplicate === value ? "border-brand-500 bg-brand-50/60" : "border-slate-200",
                  )}
                >
                  <input
                    type="radio"
                    name="onDuplicate"
                    value={value}
                    checked={onDuplicate === value}
                    onChange={() => setOnDuplicate(value)}
                    className="mt-1 accent-brand-600"
                  />
                  <span>
                    <span className="block text-sm font-medium text-slate-900">{title}</span>
                    <span className="block text-xs text-slate-500">{hint}</span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          {problems.length > 0 && (
            <ul className="list-inside list-disc text-sm text-red-700" role="alert">
              {problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          )}
          <div className="flex justify-end">
            <Button onClick={() => void run()} disabled={problems.length > 0} data-testid="start-import">
              Import {kind}
            </Button>
          </div>
        </div>
      )}

      {step === "run" && (
        <div className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm" data-testid="import-running">
          <ProgressBar
            value={percent}
            label={`Importing ${file?.name ?? "file"}`}
            detail={
              job
                ? `${job.rows.toLocaleString("en")} rows done · ${job.imported.toLocaleString("en")} imported, ${job.failed.toLocaleString("en")} failed`
                : "Starting…"
            }
            testId="import-progress"
          />
          <p className="text-xs text-slate-500">
            Keep this page open until it finishes: the file is read by the server as it arrives, so closing the page stops the import (rows already written
            stay).
          </p>
        </div>
      )}

      {step === "done" && summary && (
        <div className="space-y-5 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <ProgressBar
            value={100}
            tone={summary.job.status === "failed" ? "red" : "green"}
            label={
              summary.job.status === "failed" ? `Import of ${summary.job.fileName ?? "the file"} failed` : `Imported ${summary.job.fileName ?? "the file"}`
            }
            detail={`${summary.job.rows.toLocaleString("en")} rows read`}
            testId="import-progress"
          />
          <ImportSummary summary={summary} />
          <Button variant="secondary" onClick={reset}>
            Import another file
          </Button>
        </div>
      )}
    </div>
  );
}
