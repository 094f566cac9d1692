"use client";

import { useDraggable } from "@dnd-kit/core";
import { formatDistanceToNowStrict } from "date-fns";
import type { PipelineCard } from "@/lib/crm/pipeline/list-stage-cards";
import { cn } from "../ui/cn";
import { useMoney } from "../ui/currency-context";

/** One lead on the board: drag it (mouse, touch, or Space then arrow keys) to another stage. */
export function DraggableCard({ card, disabled }: { card: PipelineCard; disabled: boolean }) {
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: card.id, data: { status: card.status }, disabled });
  return (
    <li
      ref={setNodeRef}
      {...attributes}
      {...listeners}
      data-testid={`card-${card.id}`}
      aria-roledescription="draggable lead"
      aria-label={`${card.name}, ${card.company ?? "no company"}`}
      className={cn(
        "touch-manipulation rounded-md focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500",
        isDragging && "opacity-40",
        !disabled && "cursor-grab",
      )}
    >
      <CardBody card={card} />
    </li>
  );
}

export function CardBody({ card, lifted }: { card: PipelineCard; lifted?: boolean }) {
  const money = useMoney();
  return (
    <div className={cn("rounded-md border border-slate-200 bg-white p-3 shadow-sm", lifted && "rotate-1 shadow-lg ring-2 ring-brand-500")}>
      <div className="flex items-start justify-between gap-2">
        <p className="min-w-0 truncate text-sm font-medium text-slate-900">{card.name}</p>
        {card.score !== null && <ScoreBadge score={card.score} />}
      </div>
      <p className="truncate text-xs text-slate-500">{card.company ?? "—"}</p>
      <div className="mt-2 flex items-center justify-between gap-2 text-xs text-slate-500">
        <span className="truncate">{card.owner ?? "Unassigned"}</span>
        <span className="shrink-0 tabular-nums" suppressHydrationWarning>
          {card.value ? <span className="mr-2 font-medium text-slate-700">{money(card.value)}</span> : null}
          {formatDistanceToNowStrict(new Date(card.createdAt))}
        </span>
      </div>
    </div>
  );
}

function ScoreBadge({ score }: { score: number }) {
  const tone = score >= 70 ? "bg-emerald-50 text-emerald-700" : score >= 40 ? "bg-amber-50 text-amber-800" : "bg-slate-100 text-slate-600";
  return (
    <span className={cn("shrink-0 rounded px-1.5 py-0.5 text-[11px] font-semibold tabular-nums", tone)} title="Lead score">
      {score}
    </span>
  );
}
