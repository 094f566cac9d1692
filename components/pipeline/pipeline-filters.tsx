import { LEAD_SOURCES } from "@/lib/crm/leads/lead-sources";
import Link from "next/link";
import type { PipelineFilter } from "@/lib/crm/pipeline/pipeline-filter";
import { Button } from "../ui/button";
import { Input, Select } from "../ui/field";

/** Owner, source and search for the board: a plain GET form, so filters live in the URL and survive a reload. */
export function PipelineFilters({ filter, users }: { filter: PipelineFilter; users: { id: string; name: string }[] }) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-2" role="search" aria-label="Filter the pipeline">
      <label className="w-full text-xs font-medium text-slate-600 sm:w-auto">
        Owner
        <Select name="owner" defaultValue={filter.owner ?? "all"} className="mt-1 sm:w-44">
          <option value="mine">My deals</option>
          <option value="all">Everyone</option>
          <option value="unassigned">Unassigned</option>
          {users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </Select>
      </label>
      <label className="w-[calc(50%-0.25rem)] text-xs font-medium text-slate-600 sm:w-auto">
        Source
        <Select name="source" defaultValue={filter.source ?? ""} className="mt-1 sm:w-36">
          <option value="">Any source</option>
          {LEAD_SOURCES.map((s) => (
            <option key={s} value={s}>
              {s[0]!.toUpperCase() + s.slice(1)}
            </option>
          ))}
        </Select>
      </label>
      <label className="w-[calc(50%-0.25rem)] text-xs font-medium text-slate-600 sm:w-auto">
        Search
        <Input name="search" type="search" defaultValue={filter.search ?? ""} placeholder="Name, email, company…" className="mt-1 sm:w-56" />
      </label>
      <Button type="submit" variant="secondary">
        Apply
      </Button>
      <Link href="/pipeline" className="rounded-md px-2 py-2 text-sm text-slate-500 hover:text-slate-800">
        Reset
      </Link>
    </form>
  );
}
