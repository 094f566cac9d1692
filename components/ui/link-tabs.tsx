import Link from "next/link";
import { cn } from "./cn";

export interface LinkTab {
  href: string;
  label: string;
  /** Shown beside the label (e.g. how many rows the tab holds). */
  count?: number | string;
  active: boolean;
}

/** Tabs that are plain links (the state lives in the URL), scrolling sideways on a phone. */
export function LinkTabs({ tabs, label }: { tabs: LinkTab[]; label: string }) {
  return (
    <nav aria-label={label} className="-mx-4 flex gap-1 overflow-x-auto border-b border-slate-200 px-4 whitespace-nowrap sm:mx-0 sm:px-0">
      {tabs.map((tab) => (
        <Link
          key={tab.href}
          href={tab.href}
          aria-current={tab.active ? "page" : undefined}
          className={cn(
            "-mb-px inline-flex items-center gap-2 rounded-t border-b-2 px-4 py-2 text-sm font-medium focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500",
            tab.active ? "border-brand-600 text-brand-700" : "border-transparent text-slate-500 hover:text-slate-800",
          )}
        >
          {tab.label}
          {tab.count !== undefined && (
            <span className={cn("rounded-full px-2 py-0.5 text-xs tabular-nums", tab.active ? "bg-brand-50 text-brand-700" : "bg-slate-100 text-slate-600")}>
              {tab.count}
            </span>
          )}
        </Link>
      ))}
    </nav>
  );
}
