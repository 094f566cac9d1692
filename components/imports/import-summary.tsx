import { Download } from "lucide-react";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { StatCard } from "@/components/ui/stat-card";
import type { ImportRowIssue } from "@/lib/crm/imports/import-job";
import type { ImportSummaryView } from "@/lib/crm/imports/import-progress";

const n = (value: number) => value.toLocaleString("en");

/** The outcome of an import: counts, the rows not imported (row, column, reason) and the full error report as CSV. */
export function ImportSummary({ summary }: { summary: ImportSummaryView }) {
  const { job, issues } = summary;
  const reported = job.failed + job.skipped;
  return (
    <div className="space-y-5" data-testid="import-summary">
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <StatCard label="Imported" value={n(job.imported)} hint={`new ${job.kind}`} testId="import-imported" />
        <StatCard label="Updated" value={n(job.updated)} hint="existing emails" testId="import-updated" />
        <StatCard label="Skipped" value={n(job.skipped)} hint="duplicates" testId="import-skipped" />
        <StatCard label="Failed" value={n(job.failed)} hint="bad rows" testId="import-failed" />
      </div>
      {summary.ignoredColumns.length > 0 && <Alert tone="info">Columns not imported: {summary.ignoredColumns.join(", ")}.</Alert>}
      {reported > 0 ? (
        <section className="space-y-3">
          <div className="flex flex-wrap items-end justify-between gap-3">
            <div>
              <h2 className="text-base font-semibold text-slate-900">Rows not imported</h2>
              <p className="text-sm text-slate-500">
                Row numbers count the header as row 1, as a spreadsheet does.
                {summary.issuesTruncated ? ` The first ${issues.length} are listed; the report has all ${n(reported)}.` : ""}
              </p>
            </div>
            <a
              href={`/api/imports/${job.id}/errors`}
              download
              data-testid="download-error-report"
              className="inline-flex items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 shadow-sm hover:bg-slate-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500"
            >
              <Download className="h-4 w-4" aria-hidden />
              Download error report (CSV)
            </a>
          </div>
          <DataTable<ImportRowIssue>
            rows={issues}
            rowKey={(issue) => `${issue.row}-${issue.field}-${issue.message}`}
            testId="import-issues"
            empty={null}
            columns={[
              { header: "Row", cell: (issue) => <span className="tabular-nums">{issue.row}</span>, className: "w-16" },
              { header: "Outcome", cell: (issue) => <Badge tone={issue.outcome === "failed" ? "red" : "amber"}>{issue.outcome}</Badge>, hideBelow: "sm" },
              { header: "Column", cell: (issue) => <span className="font-medium text-slate-800">{issue.field}</span> },
              { header: "Reason", cell: (issue) => <span className="text-slate-600">{issue.message}</span> },
            ]}
          />
        </section>
      ) : (
        <Alert tone="success">Every row was imported.</Alert>
      )}
      <p className="text-sm">
        <Link
          href={`/${job.kind}`}
          className="font-medium text-brand-700 underline-offset-2 hover:underline focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500"
        >
          Open {job.kind}
        </Link>
      </p>
    </div>
  );
}
