import type { HeaderField } from "@/lib/csv/header-matcher";
import { CUSTOMER_IMPORT_FIELDS, CUSTOMER_REQUIRED_COLUMNS } from "./customer-import-row";
import type { ImportKind } from "./import-job";
import { LEAD_IMPORT_FIELDS, LEAD_REQUIRED_COLUMNS } from "./lead-import-row";

/**
 * The columns each kind of import understands, for the server (run-import)
 * and the browser's mapping step alike: this module has no server imports,
 * so the /import page pre-fills its mapping with the very matcher the
 * server would use (lib/csv/header-matcher.ts).
 */
export interface ImportFieldSet {
  fields: readonly HeaderField[];
  required: readonly (readonly string[])[];
}

export const IMPORT_FIELD_SETS: Record<ImportKind, ImportFieldSet> = {
  leads: { fields: LEAD_IMPORT_FIELDS, required: LEAD_REQUIRED_COLUMNS },
  customers: { fields: CUSTOMER_IMPORT_FIELDS, required: CUSTOMER_REQUIRED_COLUMNS },
};

const LABELS: Record<string, string> = {
  assignedTo: "Owner (user email or id)",
  campaign: "Campaign (name or id)",
  lastContact: "Last contact (ISO date)",
  creditLimit: "Credit limit",
  taxId: "Tax id",
  score: "Score (0-100)",
};

/** "firstName" → "First name"; a few get a hint on what they accept. */
export function importFieldLabel(key: string): string {
  if (LABELS[key]) return LABELS[key];
  const words = key.replace(/([A-Z])/g, " $1").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * What is wrong with a column mapping (one field key or null per file
 * column): an unknown field, a field fed by two columns, or a required field
 * without a column. Empty when it can run.
 */
export function mappingProblems(kind: ImportKind, columns: readonly (string | null)[]): string[] {
  const set = IMPORT_FIELD_SETS[kind];
  const known = new Set(set.fields.map((f) => f.key));
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const key of columns) {
    if (key === null) continue;
    if (!known.has(key)) problems.push(`Unknown ${kind} field "${key}"`);
    else if (seen.has(key)) problems.push(`${importFieldLabel(key)} is chosen for two columns`);
    seen.add(key);
  }
  for (const any of set.required) {
    if (!any.some((key) => seen.has(key))) problems.push(`Choose a column for ${any.map(importFieldLabel).join(" or ")}`);
  }
  return problems;
}
