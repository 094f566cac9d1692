import Link from "next/link";
import type { ReactNode } from "react";
import { cn } from "./cn";

/** A sortable column's state: the link that sorts by it (or flips it) and its current direction, if it is the sort. */
export interface ColumnSort {
  href: string;
  direction: "asc" | "desc" | null;
}

export interface Column<Row> {
  header: string;
  /** Shown in place of `header` (e.g. a select-all checkbox); `header` stays the column's name. */
  headerCell?: ReactNode;
  cell(row: Row): ReactNode;
  /** Hidden below this breakpoint, so a phone shows the columns that matter. */
  hideBelow?: "sm" | "md" | "lg";
  className?: string;
  /** Makes the header a link that sorts by this column (state in the URL, so it works without JavaScript). */
  sort?: ColumnSort;
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
                  <th
                    key={column.header}
                    scope="col"
                    aria-sort={column.sort?.direction ? (column.sort.direction === "asc" ? "ascending" : "descending") : undefined}
                    className={cn("px-4 py-2.5 font-medium", column.hideBelow && HIDE[column.hideBelow], column.className)}
                  >
                    {column.sort ? <SortLink header={column.header} sort={column.sort} /> : (column.headerCell ?? column.header)}
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

/** A header that sorts: the arrow shows the current direction (▲ ascending, ▼ descending), a faint ↕ on the others. */
function SortLink({ header, sort }: { header: string; sort: ColumnSort }) {
  const arrow = sort.direction === "asc" ? "▲" : sort.direction === "desc" ? "▼" : "↕";
  return (
    <Link
      href={sort.href}
      scroll={false}
      className={cn(
        "-mx-1 inline-flex items-center gap-1 rounded px-1 whitespace-nowrap uppercase hover:text-slate-900 focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:outline-none",
        sort.direction && "text-slate-900",
      )}
    >
      {header}
      <span aria-hidden="true" className={cn("text-[10px]", !sort.direction && "text-slate-300")}>
        {arrow}
      </span>
    </Link>
  );
}
