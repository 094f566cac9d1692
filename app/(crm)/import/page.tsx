import type { Metadata } from "next";
import { ImportWizard } from "@/components/imports/import-wizard";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime } from "@/components/ui/format-date";
import { PageHeader } from "@/components/ui/page-header";
import { QueryProvider } from "@/components/ui/query-provider";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { listImportJobs, type ImportJobRecord } from "@/lib/crm/imports/import-job";
import { startImportAction } from "./actions";

export const metadata: Metadata = { title: "Import" };

const STATUS_TONE = { completed: "green", failed: "red", running: "blue", pending: "neutral" } as const;
const n = (value: number) => value.toLocaleString("en");

export default async function ImportPage({ searchParams }: { searchParams: Promise<{ kind?: string | string[] }> }) {
  const { user, ctx } = await requireUser();
  const initialKind = (await searchParams).kind === "customers" ? "customers" : "leads";
  const mayImport = can(user.role, "editRecords");
  const jobs = await listImportJobs(ctx, { limit: 10 });

  return (
    <div className="space-y-6">
      <PageHeader
        title="Import"
        description="Bring leads or customers in from a CSV file: check how its columns map, then watch the rows land. Bad rows are listed with the reason; good rows are imported."
      />
      {mayImport ? (
        <QueryProvider>
          <ImportWizard startJob={startImportAction} initialKind={initialKind} />
        </QueryProvider>
      ) : (
        <Alert tone="info">Your role reads records but does not change them, so it cannot import. The imports of your workspace are listed below.</Alert>
      )}
      <section className="space-y-3">
        <h2 className="text-base font-semibold text-slate-900">Recent imports</h2>
        <DataTable<ImportJobRecord>
          rows={jobs}
          rowKey={(job) => job.id}
          testId="recent-imports"
          empty={<EmptyState title="No imports yet">Each import appears here with its counts and its error report.</EmptyState>}
          columns={[
            {
              header: "File",
              cell: (job) => (
                <span className="block max-w-36 truncate font-medium text-slate-900 sm:max-w-56" title={job.fileName ?? undefined}>
                  {job.fileName ?? "(upload)"}
                </span>
              ),
            },
            { header: "Kind", cell: (job) => job.kind, hideBelow: "sm" },
            {
              header: "Status",
              cell: (job) => (
                <div className="max-w-40 space-y-1 sm:max-w-64">
                  <Badge tone={STATUS_TONE[job.status]}>{job.status}</Badge>
                  {job.failure && (
                    <p className="line-clamp-2 text-xs text-slate-500" title={job.failure} data-testid="import-failure">
                      {job.failure}
                    </p>
                  )}
                </div>
              ),
            },
            { header: "Rows", cell: (job) => <span className="tabular-nums">{n(job.totalRows)}</span>, hideBelow: "md" },
            {
              header: "Imported / updated / skipped / failed",
              cell: (job) => (
                <span className="tabular-nums">
                  {n(job.importedRows)} / {n(job.updatedRows)} / {n(job.skippedRows)} / {n(job.failedRows)}
                </span>
              ),
              hideBelow: "md",
            },
            { header: "Started", cell: (job) => <span className="whitespace-nowrap">{formatDateTime(job.createdAt)}</span>, hideBelow: "lg" },
            {
              header: "Report",
              cell: (job) =>
                job.failedRows + job.skippedRows > 0 ? (
                  <a
                    href={`/api/imports/${job.id}/errors`}
                    download
                    className="font-medium whitespace-nowrap text-brand-700 hover:underline focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500"
                  >
                    Errors CSV
                  </a>
                ) : (
                  <span className="text-slate-400">—</span>
                ),
            },
          ]}
        />
      </section>
    </div>
  );
}
