import Link from "next/link";
import type { SegmentCount, SegmentKey } from "@/lib/crm/customers/customer-segments";
import { cn } from "../ui/cn";

/**
 * The customer segments as filter chips, each with its count (from the one
 * segment computation). A chip is a link: the current filters plus its
 * segment; the active one links back to all. Its rule is in the title and
 * read to screen readers.
 */
export function SegmentChips({
  total,
  segments,
  active,
  href,
}: {
  total: number;
  segments: SegmentCount[];
  active?: SegmentKey;
  href(segment?: SegmentKey): string;
}) {
  const chip = (key: SegmentKey | undefined, name: string, count: number, rule: string) => {
    const current = key === active;
    return (
      <li key={key ?? "all"} className="relative shrink-0">
        <Link
          href={href(current ? undefined : key)}
          aria-current={current ? "page" : undefined}
          title={rule}
          data-testid={`segment-${key ?? "all"}`}
          className={cn(
            "inline-flex items-center gap-1.5 rounded-full border px-3 py-1 text-sm whitespace-nowrap transition-colors focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500",
            current ? "border-brand-600 bg-brand-600 text-white" : "border-slate-300 bg-white text-slate-700 hover:border-slate-400 hover:bg-slate-50",
          )}
        >
          {name}
          <span className={cn("rounded-full px-1.5 text-xs tabular-nums", current ? "bg-white/20" : "bg-slate-100 text-slate-600")}>{count}</span>
          <span className="sr-only">: {rule}</span>
        </Link>
      </li>
    );
  };
  return (
    <nav aria-label="Segments">
      {/* w-0 min-w-full: the scrolling row never widens the page on a phone. */}
      <ul className="-mx-1 flex w-0 min-w-full gap-2 overflow-x-auto px-1 pb-1 sm:w-auto sm:flex-wrap sm:overflow-visible">
        {chip(undefined, "All", total, "every customer you can see")}
        {segments.map((segment) => chip(segment.key, segment.name, segment.count, segment.rule))}
      </ul>
    </nav>
  );
}
