import { cn } from "./cn";

/**
 * A determinate progress bar (value 0-100) with its label, announced to
 * screen readers; `null` draws an indeterminate stripe (size unknown).
 */
export function ProgressBar({
  value,
  label,
  detail,
  tone = "brand",
  testId,
}: {
  value: number | null;
  label: string;
  detail?: string;
  tone?: "brand" | "green" | "red";
  testId?: string;
}) {
  const shown = value === null ? null : Math.max(0, Math.min(100, Math.round(value)));
  const fill = { brand: "bg-brand-600", green: "bg-emerald-600", red: "bg-red-600" }[tone];
  return (
    <div className="space-y-1.5">
      <div className="flex items-baseline justify-between gap-3 text-sm">
        <span className="font-medium text-slate-800">{label}</span>
        <span className="text-slate-600 tabular-nums">{shown === null ? "…" : `${shown}%`}</span>
      </div>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={shown ?? undefined}
        aria-valuetext={detail ? `${shown ?? 0}%, ${detail}` : undefined}
        data-testid={testId}
        className="h-3 w-full overflow-hidden rounded-full bg-slate-100 ring-1 ring-slate-200 ring-inset"
      >
        <div
          className={cn("h-full rounded-full transition-[width] duration-300 ease-out", fill, shown === null && "w-1/3 animate-pulse")}
          style={shown === null ? undefined : { width: `${shown}%` }}
        />
      </div>
      {detail && <p className="text-xs text-slate-500 tabular-nums">{detail}</p>}
    </div>
  );
}
