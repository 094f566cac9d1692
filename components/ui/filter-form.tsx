import Link from "next/link";
import type { ReactNode } from "react";
import { Button } from "./button";
import { Input, Select } from "./field";

/**
 * A list's filter row: a GET form (so filters live in the URL and work without
 * JavaScript) with its controls, Apply, and Reset when something is set.
 * Stacks in two columns on a phone, one row from `sm`.
 */
export function FilterForm({ label, resetHref, filtered, children }: { label: string; resetHref: string; filtered: boolean; children: ReactNode }) {
  return (
    <form method="get" role="search" aria-label={label} className="grid grid-cols-2 gap-2 sm:flex sm:flex-wrap sm:items-end">
      {children}
      <div className="col-span-2 flex items-end gap-2 sm:col-span-1">
        <Button type="submit" variant="secondary">
          Apply
        </Button>
        {filtered && (
          <Link
            href={resetHref}
            className="rounded px-2 py-2 text-sm text-slate-500 hover:text-slate-800 focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:outline-none"
          >
            Reset
          </Link>
        )}
      </div>
    </form>
  );
}

/** The search box of a FilterForm (full width on a phone). */
export function FilterSearch({ value, placeholder, name = "search" }: { value?: string; placeholder: string; name?: string }) {
  return (
    <label className="col-span-2 text-xs font-medium text-slate-600 sm:col-span-1">
      Search
      <Input name={name} type="search" defaultValue={value ?? ""} placeholder={placeholder} className="mt-1 sm:w-64" />
    </label>
  );
}

/** A select of a FilterForm whose empty choice ("Any status") means no filter. */
export function FilterSelect<V extends string>({
  label,
  name,
  value,
  any,
  options,
}: {
  label: string;
  name: string;
  value?: V;
  any: string;
  options: readonly { value: V; label: string }[];
}) {
  return (
    <label className="text-xs font-medium text-slate-600">
      {label}
      <Select name={name} defaultValue={value ?? ""} className="mt-1 sm:w-36">
        <option value="">{any}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
    </label>
  );
}

/** A day of a FilterForm (`YYYY-MM-DD`, empty for no bound). */
export function FilterDate({ label, name, value }: { label: string; name: string; value?: string }) {
  return (
    <label className="text-xs font-medium text-slate-600">
      {label}
      <Input name={name} type="date" defaultValue={value ?? ""} className="mt-1 sm:w-40" />
    </label>
  );
}
