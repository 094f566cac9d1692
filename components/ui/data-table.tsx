import type { ReactNode } from "react";
import { cn } from "./cn";

export interface Column<Row> {
  header: string;
  /** Shown in place of `header` (e.g. a select-all checkbox); `header` stays the column's name. */
  headerCell?: ReactNode;
  cell(row: Row): ReactNode;
  /** Hidden below this breakpoint, so a phone shows the columns that matter. */
  hideBelow?: "sm" | "md" | "lg";
  className?: string;
}

const HIDE = { sm: "hidden sm:table-cell", md: "hidden md:table-cell", lg: "hidden lg:table-cell" } as const;

/** The one table every list uses: header, rows, an empty state and a footer (pagination) slot. */
export function DataTable<Row>({
  rows,
  columns,
  rowKey,
  empty,
  footer,
  testId,
}: {
  rows: Row[];
  columns: Column<Row>[];
  rowKey(row: Row): string;
  empty: ReactNode;
  footer?: ReactNode;
  testId?: string;
}) {
  return (
    <div className="overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm">
      {rows.length === 0 ? (
        <div className="p-4">{empty}</div>
      ) : (
        <div className="overflow-x-auto">
          <table className="min-w-full text-left text-sm" data-testid={testId}>
            <thead className="bg-slate-50 text-xs tracking-wide text-slate-500 uppercase">
              <tr>
                {columns.map((column) => (
                  <th key={column.header} scope="col" className={cn("px-4 py-2.5 font-medium", column.hideBelow && HIDE[column.hideBelow], column.className)}>
                    {column.headerCell ?? column.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((row) => (
                <tr key={rowKey(row)} className="hover:bg-slate-50/70">
                  {columns.map((column) => (
                    <td key={column.header} className={cn("px-4 py-2.5 align-top", column.hideBelow && HIDE[column.hideBelow], column.className)}>
                      {column.cell(row)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {footer && <div className="border-t border-slate-100 px-4 py-2.5">{footer}</div>}
    </div>
  );
}
