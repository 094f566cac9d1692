import { getImportJob } from "@/lib/crm/imports/import-job";
import { defineEndpoint } from "@/lib/http/endpoint";
import { crm } from "./dialect";
import { assertCanReadImportJob, importJobParams } from "./import-job-access";
import { crmImportJob, toCrmImportJob } from "./import-shape";

export const getCrmImportJob = defineEndpoint({
  dialect: crm,
  method: "GET",
  path: "/dev/crm/imports/{jobId}",
  summary: "Get import job",
  description:
    "Status and progress of a lead or customer import: rows read so far and their outcome (imported, updated, skipped, failed), bytes read of the upload's size (`progress` 0-1), and the error report's URL. Poll it while an import runs. Needs read:leads or read:customers, by the job's kind.",
  auth: "tenant",
  params: importJobParams,
  response: crmImportJob,
  async handler({ ctx, params, principal }) {
    const job = await getImportJob(ctx, params.jobId);
    assertCanReadImportJob(principal, job.kind);
    return toCrmImportJob(job);
  },
});
