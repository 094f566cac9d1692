import { z } from "zod";
import type { Principal } from "@/lib/auth/principal";
import { hasScope } from "@/lib/auth/scopes";
import { getImportJob, importJobIssues, listImportJobs } from "@/lib/crm/imports/import-job";
import { csvStream } from "@/lib/csv/csv-writer";
import { ApiError } from "@/lib/http/api-error";
import { defineEndpoint } from "@/lib/http/endpoint";
import { crm } from "./dialect";
import { crmImportJob, toCrmImportJob } from "./import-shape";

/** Reading a job needs the read scope of what it imported. */
function assertCanRead(principal: Principal, kind: string): void {
  const scope = kind === "customers" ? "read:customers" : "read:leads";
  if ("scopes" in principal && !hasScope(principal.scopes, scope)) throw new ApiError("forbidden", `This credential lacks the ${scope} scope`);
}

const jobParams = z.object({ jobId: z.uuid() });

export const getCrmImportJob = defineEndpoint({
  dialect: crm,
  method: "GET",
  path: "/dev/crm/imports/{jobId}",
  summary: "Get import job",
  description:
    "Status and progress of a lead or customer import: rows read so far and their outcome (imported, updated, skipped, failed), bytes read of the upload's size (`progress` 0-1), and the error report's URL. Poll it while an import runs. Needs read:leads or read:customers, by the job's kind.",
  auth: "tenant",
  params: jobParams,
  response: crmImportJob,
  async handler({ ctx, params, principal }) {
    const job = await getImportJob(ctx, params.jobId);
    assertCanRead(principal, job.kind);
    return toCrmImportJob(job);
  },
});

export const listCrmImportJobs = defineEndpoint({
  dialect: crm,
  method: "GET",
  path: "/dev/crm/imports",
  summary: "List import jobs",
  description: "The tenant's most recent imports, newest first (a page finds the running one here for its progress bar). Filter by `kind`.",
  auth: "tenant",
  scope: "read:leads",
  query: z.object({ kind: z.enum(["leads", "customers"]).optional(), limit: z.coerce.number().int().min(1).max(100).default(20) }),
  response: z.object({ data: z.array(crmImportJob) }),
  async handler({ ctx, query }) {
    return { data: (await listImportJobs(ctx, query)).map(toCrmImportJob) };
  },
});

export const getCrmImportErrors = defineEndpoint({
  dialect: crm,
  method: "GET",
  path: "/dev/crm/imports/{jobId}/errors",
  summary: "Download import error report",
  description:
    "Every row an import reported, as CSV (`row,outcome,field,message`; outcome `failed` or `skipped`), in file order, streamed. Row numbers count the header as row 1.",
  auth: "tenant",
  params: jobParams,
  contentType: "text/csv",
  response: z.string(),
  async handler({ ctx, params, principal }) {
    const job = await getImportJob(ctx, params.jobId);
    assertCanRead(principal, job.kind);
    const body = csvStream(["row", "outcome", "field", "message"], importJobIssues(ctx, job.id), (i) => [i.row, i.outcome, i.field, i.message]);
    return new Response(body, {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="import-${job.id}-errors.csv"` },
    });
  },
});
