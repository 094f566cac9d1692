import Link from "next/link";
import { DATE_RANGE_PRESETS, type DateRangePreset, type ResolvedDateRange } from "@/lib/crm/reports/date-range-preset";
import { Button } from "./button";
import { cn } from "./cn";
import { Input } from "./field";

const DEFAULT_PRESETS: readonly DateRangePreset[] = ["today", "7d", "30d", "month"];

/**
 * The period of a dashboard or list as links (today, 7 days, 30 days, this
 * month) and a custom from–to form, all plain GET requests, so it works
 * without JavaScript and the URL is shareable. `keep` carries the page's
 * other filters along. Days are UTC (see resolveDateRange). `presets` picks
 * the links shown (dashboards over months offer 90 days and 12 months).
 */
export function DateRangePicker({
  range,
  path,
  keep = {},
  presets = DEFAULT_PRESETS,
}: {
  range: ResolvedDateRange;
  path: string;
  keep?: Record<string, string | undefined>;
  presets?: readonly DateRangePreset[];
}) {
  const kept = Object.entries(keep).filter((entry): entry is [string, string] => Boolean(entry[1]));
  const href = (preset: string) => `${path}?${new URLSearchParams([...kept, ["range", preset]]).toString()}`;
  return (
    <div className="flex flex-wrap items-end gap-x-4 gap-y-2" data-testid="date-range-picker">
      <nav aria-label="Period" className="flex flex-wrap gap-1 rounded-md border border-slate-200 bg-white p-1 shadow-sm">
        {DATE_RANGE_PRESETS.filter((p) => p.value !== "custom" && presets.includes(p.value)).map((preset) => {
          const active = range.preset === preset.value;
          return (
            <Link
              key={preset.value}
              href={href(preset.value)}
              aria-current={active ? "page" : undefined}
              className={cn(
                "rounded px-3 py-1.5 text-sm font-medium focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500",
                active ? "bg-brand-600 text-white" : "text-slate-600 hover:bg-slate-100 hover:text-slate-900",
              )}
            >
              {preset.label}
            </Link>
          );
        })}
      </nav>
      <form method="get" action={path} aria-label="Custom period" className="flex flex-wrap items-end gap-2">
        {kept.map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <input type="hidden" name="range" value="custom" />
        <label className="text-xs font-medium text-slate-600">
          From
          <Input type="date" name="from" required defaultValue={range.fromDay} className="mt-1 w-36 py-1.5" />
        </label>
        <label className="text-xs font-medium text-slate-600">
          To
          <Input type="date" name="to" required defaultValue={range.toDay} className="mt-1 w-36 py-1.5" />
        </label>
        <Button type="submit" variant={range.preset === "custom" ? "primary" : "secondary"} className="py-1.5">
          {range.preset === "custom" ? "Custom dates ✓" : "Apply dates"}
        </Button>
      </form>
    </div>
  );
}
