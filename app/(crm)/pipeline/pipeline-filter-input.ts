import { z } from "zod";
import { LEAD_SOURCES } from "@/lib/crm/leads/lead-sources";

/** The board's filters as they arrive from the URL or the browser. */
export const pipelineFilterInput = z.object({
  owner: z.union([z.enum(["all", "mine", "unassigned"]), z.uuid()]).optional(),
  source: z.enum(LEAD_SOURCES).optional(),
  search: z.string().trim().max(200).optional(),
});
