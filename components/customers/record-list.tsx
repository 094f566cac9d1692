import type { ReactNode } from "react";

export interface RecordListItem {
  key: string;
  primary: ReactNode;
  secondary?: ReactNode;
  aside?: ReactNode;
}

/** A compact list of related records inside a card (a customer's orders, invoices, tickets, calls). */
export function RecordList({ items, empty, testId }: { items: RecordListItem[]; empty: ReactNode; testId?: string }) {
  if (items.length === 0) return <>{empty}</>;
  return (
    <ul className="-my-2 divide-y divide-slate-100" data-testid={testId}>
      {items.map((item) => (
        <li key={item.key} className="flex items-start justify-between gap-3 py-2.5">
          <div className="min-w-0">
            <div className="truncate text-sm font-medium text-slate-900">{item.primary}</div>
            {item.secondary && <div className="text-xs text-slate-500">{item.secondary}</div>}
          </div>
          {item.aside && <div className="flex shrink-0 flex-col items-end gap-1 text-right text-sm tabular-nums">{item.aside}</div>}
        </li>
      ))}
    </ul>
  );
}
