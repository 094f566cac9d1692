"use client";

import { Select } from "@/components/ui/field";
import type { ImportKind } from "@/lib/crm/imports/import-job";
import { IMPORT_FIELD_SETS, importFieldLabel } from "@/lib/crm/imports/import-fields";
import type { CsvPreview } from "./read-csv-preview";

/**
 * The mapping step: each column of the file with its sample values and the
 * field it feeds ("Don't import" to leave it out). Pre-filled by the same
 * header matcher the server uses.
 */
export function ColumnMapping({
  kind,
  preview,
  columns,
  onChange,
}: {
  kind: ImportKind;
  preview: CsvPreview;
  columns: (string | null)[];
  onChange(columns: (string | null)[]): void;
}) {
  const fields = IMPORT_FIELD_SETS[kind].fields;
  return (
    <div className="overflow-hidden rounded-lg border border-slate-200">
      <div className="hidden grid-cols-[minmax(0,1fr)_minmax(0,1.4fr)_minmax(0,1fr)] gap-4 bg-slate-50 px-4 py-2 text-xs font-medium tracking-wide text-slate-500 uppercase sm:grid">
        <span>Column in your file</span>
        <span>First values</span>
        <span>Import as</span>
      </div>
      <ul className="divide-y divide-slate-100" data-testid="column-mapping">
        {preview.headers.map((header, index) => {
          const samples = preview.rows.map((row) => row[index] ?? "").filter((value) => value.trim() !== "");
          const id = `map-column-${index}`;
          return (
            <li key={index} className="grid gap-2 px-4 py-3 sm:grid-cols-[minmax(0,1fr)_minmax(0,1.4fr)_minmax(0,1fr)] sm:items-center sm:gap-4">
              <label htmlFor={id} className="truncate text-sm font-medium text-slate-900" title={header}>
                {header || <span className="text-slate-400 italic">(no header)</span>}
              </label>
              <p className="truncate text-sm text-slate-500" title={samples.join(", ")}>
                {samples.length ? samples.slice(0, 3).join(" · ") : <span className="italic">empty</span>}
              </p>
              <Select
                id={id}
                value={columns[index] ?? ""}
                onChange={(event) => onChange(columns.map((value, i) => (i === index ? event.target.value || null : value)))}
                className={columns[index] ? "border-brand-300 bg-brand-50/40" : "text-slate-500"}
              >
                <option value="">Don&apos;t import</option>
                {fields.map((field) => (
                  <option key={field.key} value={field.key}>
                    {importFieldLabel(field.key)}
                  </option>
                ))}
              </Select>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
