import type { ReactNode } from "react";

/** A card section's own empty state: one quiet line saying what would be here. */
export function SectionEmpty({ children }: { children: ReactNode }) {
  return <p className="rounded-md border border-dashed border-slate-200 px-3 py-4 text-center text-sm text-slate-500">{children}</p>;
}
