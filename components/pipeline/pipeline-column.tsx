"use client";

import { useDroppable } from "@dnd-kit/core";
import { useEffect, useRef } from "react";
import type { BoardColumn } from "@/lib/crm/pipeline/board-state";
import { STAGE_LABELS } from "@/lib/crm/pipeline/pipeline-stages";
import { cn } from "../ui/cn";
import { useMoney } from "../ui/currency-context";
import { DraggableCard } from "./pipeline-card";

/** A stage: its count and deal value on top, its cards below, more loaded as the column scrolls. */
export function PipelineColumn({
  column,
  loading,
  onLoadMore,
  readOnly,
}: {
  column: BoardColumn;
  loading: boolean;
  onLoadMore: () => void;
  readOnly: boolean;
}) {
  const { setNodeRef, isOver } = useDroppable({ id: column.status });
  const money = useMoney();
  const sentinel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const node = sentinel.current;
    if (!node || !column.nextCursor) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && onLoadMore(), { rootMargin: "200px" });
    observer.observe(node);
    return () => observer.disconnect();
  }, [column.nextCursor, onLoadMore]);

  const label = STAGE_LABELS[column.status];
  return (
    <section
      ref={setNodeRef}
      aria-label={`${label} stage`}
      data-testid={`column-${column.status}`}
      className={cn(
        "flex max-h-[calc(100vh-15rem)] w-72 shrink-0 snap-start flex-col rounded-lg border bg-slate-100/70",
        isOver ? "border-brand-500 bg-brand-50" : "border-slate-200",
      )}
    >
      <header className="flex items-baseline justify-between gap-2 border-b border-slate-200 px-3 py-2">
        <h2 className="text-sm font-semibold text-slate-800">
          {label}{" "}
          <span className="ml-1 rounded-full bg-white px-1.5 text-xs font-medium text-slate-600 tabular-nums" data-testid={`count-${column.status}`}>
            {column.count}
          </span>
        </h2>
        <span className="text-xs font-medium text-slate-600 tabular-nums" data-testid={`value-${column.status}`}>
          {money(column.value)}
        </span>
      </header>
      <ul className="flex min-h-24 flex-col gap-2 overflow-y-auto p-2">
        {column.cards.map((card) => (
          <DraggableCard key={card.id} card={card} disabled={readOnly} />
        ))}
        {column.cards.length === 0 && (
          <li className="rounded-md border border-dashed border-slate-300 px-3 py-6 text-center text-xs text-slate-500">No leads in this stage</li>
        )}
        {column.nextCursor && (
          <li>
            <div ref={sentinel} />
            <button
              type="button"
              onClick={onLoadMore}
              disabled={loading}
              className="w-full rounded-md px-2 py-1.5 text-xs font-medium text-brand-700 hover:bg-white focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500"
            >
              {loading ? "Loading…" : `Show more (${column.count - column.cards.length} more)`}
            </button>
          </li>
        )}
      </ul>
    </section>
  );
}
