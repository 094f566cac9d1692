import type { ReactNode } from "react";
import { cn } from "./cn";

/**
 * The numbers behind a chart as a compact table: first column the category,
 * the others right-aligned figures. `collapsed` tucks long series (weeks)
 * into a disclosure so the page stays short; they are still in the page.
 */
export function FiguresTable({
  caption,
  headers,
  rows,
  collapsed = false,
  testId,
}: {
  caption: string;
  headers: string[];
  rows: ReactNode[][];
  collapsed?: boolean;
  testId?: string;
}) {
  const table = (
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm" data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-200 text-xs text-slate-500">
            {headers.map((header, i) => (
              <th key={header} scope="col" className={cn("py-1.5 font-medium", i === 0 ? "pr-3 text-left" : "pl-3 text-right")}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row" className="py-1.5 pr-3 text-left font-normal text-slate-700">
                    {cell}
                  </th>
                ) : (
                  <td key={i} className="py-1.5 pl-3 text-right text-slate-900 tabular-nums">
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  if (!collapsed) return table;
  return (
    <details className="group">
      <summary className="cursor-pointer rounded text-sm font-medium text-brand-700 select-none hover:underline focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500">
        Show the numbers ({rows.length} rows)
      </summary>
      <div className="mt-2">{table}</div>
    </details>
  );
}
