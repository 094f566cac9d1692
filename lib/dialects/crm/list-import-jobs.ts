import { z } from "zod";
import { listImportJobs } from "@/lib/crm/imports/import-job";
import { defineEndpoint } from "@/lib/http/endpoint";
import { crm } from "./dialect";
import { crmImportJob, toCrmImportJob } from "./import-shape";

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
