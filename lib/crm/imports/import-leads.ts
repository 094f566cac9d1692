import type { CrmContext } from "../context";
import { createLeadsIn } from "../leads/create-leads";
import type { NewLead } from "../leads/lead-input";
import { updateLeadIn, type LeadChanges } from "../leads/update-lead";
import type { DuplicatePolicy } from "./import-job";
import { LEAD_IMPORT_FIELDS, LEAD_REQUIRED_COLUMNS, parseLeadRow, type LeadImportField } from "./lead-import-row";
import { runImport, type ImportKindSpec, type ImportOptions, type ImportSource } from "./run-import";
import { writeImportBatch, type ImportTarget } from "./write-import-batch";

/**
 * Leads from a CSV file. Duplicates (an email the tenant's leads already
 * have, or one seen earlier in the file) follow the policy: "skip" (default)
 * leaves the existing lead alone and reports the row as skipped; "update"
 * changes the existing lead's fields that the row gives, through updateLeadIn.
 * New leads go through createLeadsIn: the same columns, numbering and
 * `lead.created` events as one by one, in a few set-based statements per
 * batch (writeImportBatch).
 */
export const leadImport: ImportKindSpec<LeadImportField, NewLead> = {
  kind: "leads",
  fields: LEAD_IMPORT_FIELDS,
  requiredColumns: LEAD_REQUIRED_COLUMNS,
  batchSize: 2000,
  parse(record, refs) {
    const parsed = parseLeadRow(record, refs);
    return "lead" in parsed ? { value: parsed.lead } : parsed;
  },
  writeBatch: (tx, ctx, rows, policy, jobId) => writeImportBatch(tx, ctx, leadTarget, rows, policy, jobId),
};

export function importLeads(ctx: CrmContext, source: ImportSource, policy: DuplicatePolicy = "skip", options?: ImportOptions) {
  return runImport(ctx, leadImport, source, policy, options);
}

const leadTarget: ImportTarget<NewLead> = {
  entity: "lead",
  table: "Lead",
  emailOf: (lead) => lead.email,
  createMany: createLeadsIn,
  update: (tx, ctx, id, lead) => updateLeadIn(tx, ctx, id, leadChanges(lead)),
};

/** A row as a change: only the fields the row gives (the email is the match key and stays). */
function leadChanges(lead: NewLead): LeadChanges {
  const changes: LeadChanges = {};
  if (lead.firstName || lead.lastName || lead.name) changes.name = [lead.firstName, lead.lastName].filter(Boolean).join(" ") || lead.name;
  for (const key of [
    "firstName",
    "lastName",
    "phone",
    "company",
    "source",
    "status",
    "score",
    "notes",
    "campaignId",
    "assignedToId",
    "lastContactAt",
  ] as const) {
    if (lead[key] !== undefined && lead[key] !== null) (changes as Record<string, unknown>)[key] = lead[key];
  }
  return changes;
}
