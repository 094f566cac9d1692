import type { ReactNode } from "react";
import { cn } from "./cn";

/**
 * The frame of one chart: a title that says what is counted, a line on the
 * units and time zone, the chart, and an empty state when there is nothing to
 * draw. `summary` is read out to screen readers instead of the drawing;
 * `figures` (e.g. a FiguresTable) shows the numbers behind it, for everyone.
 */
export function ChartCard({
  title,
  description,
  summary,
  empty,
  children,
  figures,
  className,
  testId,
}: {
  title: string;
  description?: ReactNode;
  summary: string;
  /** Shown instead of the chart when set. */
  empty?: string | false;
  children: ReactNode;
  figures?: ReactNode;
  className?: string;
  testId?: string;
}) {
  return (
    <figure className={cn("min-w-0 rounded-lg border border-slate-200 bg-white shadow-sm", className)} data-testid={testId}>
      <figcaption className="border-b border-slate-100 px-5 py-3">
        <h2 className="text-base font-semibold text-slate-900">{title}</h2>
        {description && <p className="mt-0.5 text-xs text-slate-500">{description}</p>}
        <p className="sr-only">{summary}</p>
      </figcaption>
      <div className="px-3 py-4 sm:px-5" aria-hidden={empty ? undefined : true}>
        {empty ? <p className="py-10 text-center text-sm text-slate-500">{empty}</p> : children}
      </div>
      {figures && !empty && <div className="border-t border-slate-100 px-5 py-3">{figures}</div>}
    </figure>
  );
}
