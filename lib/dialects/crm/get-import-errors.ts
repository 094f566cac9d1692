import { z } from "zod";
import { getImportJob, importJobIssues } from "@/lib/crm/imports/import-job";
import { csvStream } from "@/lib/csv/csv-writer";
import { defineEndpoint } from "@/lib/http/endpoint";
import { crm } from "./dialect";
import { assertCanReadImportJob, importJobParams } from "./import-job-access";

export const getCrmImportErrors = defineEndpoint({
  dialect: crm,
  method: "GET",
  path: "/dev/crm/imports/{jobId}/errors",
  summary: "Download import error report",
  description:
    "Every row an import reported, as CSV (`row,outcome,field,message`; outcome `failed` or `skipped`), in file order, streamed. Row numbers count the header as row 1.",
  auth: "tenant",
  params: importJobParams,
  contentType: "text/csv",
  response: z.string(),
  async handler({ ctx, params, principal }) {
    const job = await getImportJob(ctx, params.jobId);
    assertCanReadImportJob(principal, job.kind);
    const body = csvStream(["row", "outcome", "field", "message"], importJobIssues(ctx, job.id), (i) => [i.row, i.outcome, i.field, i.message]);
    return new Response(body, {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="import-${job.id}-errors.csv"` },
    });
  },
});
