import Link from "next/link";
import type { ReactNode } from "react";
import { Button } from "./button";
import { Input, Select } from "./field";
import { cn } from "./cn";

/** A labelled select of a GET filter form: "" is the "any" choice. */
export function FilterSelect({
  label,
  name,
  value,
  anyLabel,
  options,
  className,
}: {
  label: string;
  name: string;
  value: string | number | undefined;
  anyLabel: string;
  options: readonly { value: string | number; label: string }[];
  className?: string;
}) {
  return (
    <label className="text-xs font-medium text-slate-600">
      {label}
      <Select name={name} defaultValue={value ?? ""} className={cn("mt-1", className)}>
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </label>
  );
}

/** The search box of a GET filter form (full width on a phone). */
export function FilterSearch({ value, placeholder, className }: { value: string | undefined; placeholder: string; className?: string }) {
  return (
    <label className={cn("col-span-2 text-xs font-medium text-slate-600 sm:col-span-1", className)}>
      Search
      <Input name="search" type="search" defaultValue={value ?? ""} placeholder={placeholder} className="mt-1 sm:w-64" />
    </label>
  );
}

/** Apply, and Reset when a filter is set. */
export function FilterActions({ resetHref, filtered, children }: { resetHref: string; filtered: boolean; children?: ReactNode }) {
  return (
    <div className="col-span-2 flex items-end gap-2">
      {children}
      <Button type="submit" variant="secondary">
        Apply
      </Button>
      {filtered && (
        <Link href={resetHref} className="px-2 py-2 text-sm text-slate-500 hover:text-slate-800">
          Reset
        </Link>
      )}
    </div>
  );
}
