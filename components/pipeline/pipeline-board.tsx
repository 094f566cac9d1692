"use client";

import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  rectIntersection,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragStartEvent,
  type UniqueIdentifier,
} from "@dnd-kit/core";
import { useCallback, useState, useTransition } from "react";
import { appendPage, moveCard, type BoardColumn } from "@/lib/crm/pipeline/board-state";
import type { StagePage } from "@/lib/crm/pipeline/list-stage-cards";
import type { ActionResult } from "@/lib/http/action-result";
import type { PipelineFilter } from "@/lib/crm/pipeline/pipeline-filter";
import { STAGE_LABELS, isPipelineStage } from "@/lib/crm/pipeline/pipeline-stages";
import { Alert } from "../ui/alert";
import { CardBody } from "./pipeline-card";
import { PipelineColumn } from "./pipeline-column";
import { columnKeyboardCoordinates } from "./column-keyboard-coordinates";

/**
 * The kanban board. A drop moves the card at once (optimistic) and asks the
 * server to change the lead's status; if the server refuses, the board goes
 * back to what it was and says why.
 */
interface BoardActions {
  move(input: { leadId: string; status: string }): Promise<ActionResult<null>>;
  loadStage(input: { status: string; cursor: string; filter: unknown }): Promise<ActionResult<StagePage>>;
}

export function PipelineBoard({
  initial,
  filter,
  readOnly,
  actions,
}: {
  initial: BoardColumn[];
  filter: PipelineFilter;
  readOnly: boolean;
  actions: BoardActions;
}) {
  const [columns, setColumns] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [activeId, setActiveId] = useState<UniqueIdentifier | null>(null);
  const [loading, setLoading] = useState<string | null>(null);
  const [, startTransition] = useTransition();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 180, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnKeyboardCoordinates }),
  );

  const activeCard = activeId ? columns.flatMap((c) => c.cards).find((c) => c.id === activeId) : undefined;
  const nameOf = (id: UniqueIdentifier) => columns.flatMap((c) => c.cards).find((c) => c.id === id)?.name ?? "lead";
  const stageOf = (id: UniqueIdentifier | undefined) =>
    id && isPipelineStage(String(id)) ? STAGE_LABELS[String(id) as keyof typeof STAGE_LABELS] : "no stage";

  function onDragStart(event: DragStartEvent) {
    setActiveId(event.active.id);
    setError(null);
  }

  function onDragEnd(event: DragEndEvent) {
    setActiveId(null);
    const to = event.over?.id ? String(event.over.id) : null;
    const from = event.active.data.current?.status as string | undefined;
    if (!to || !isPipelineStage(to) || to === from) return;
    const before = columns;
    const leadId = String(event.active.id);
    setColumns(moveCard(before, leadId, to));
    startTransition(async () => {
      const result = await actions.move({ leadId, status: to });
      if (!result.ok) {
        setColumns(before);
        setError(`Could not move ${nameOf(leadId)}: ${result.message}`);
      }
    });
  }

  const loadMore = useCallback(
    (column: BoardColumn) => {
      if (!column.nextCursor || loading === column.status) return;
      setLoading(column.status);
      void actions.loadStage({ status: column.status, cursor: column.nextCursor, filter }).then((result) => {
        setLoading(null);
        if (result.ok) setColumns((current) => appendPage(current, column.status, result.data.cards, result.data.nextCursor));
        else setError(result.message);
      });
    },
    [actions, filter, loading],
  );

  return (
    <div className="space-y-3">
      {error && <Alert>{error}</Alert>}
      <DndContext
        sensors={sensors}
        collisionDetection={rectIntersection}
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
        onDragCancel={() => setActiveId(null)}
        accessibility={{
          screenReaderInstructions: {
            draggable: "To move a lead, press Space or Enter to pick it up, Left and Right arrows to choose a stage, Space or Enter to drop, Escape to cancel.",
          },
          announcements: {
            onDragStart: ({ active }) => `Picked up ${nameOf(active.id)}.`,
            onDragOver: ({ active, over }) => `${nameOf(active.id)} is over ${stageOf(over?.id)}.`,
            onDragEnd: ({ active, over }) => (over ? `${nameOf(active.id)} moved to ${stageOf(over.id)}.` : `${nameOf(active.id)} dropped outside the board.`),
            onDragCancel: ({ active }) => `Moving ${nameOf(active.id)} was cancelled.`,
          },
        }}
      >
        <div className="-mx-4 flex snap-x gap-3 overflow-x-auto px-4 pb-3 sm:mx-0 sm:px-0" data-testid="pipeline-board">
          {columns.map((column) => (
            <PipelineColumn key={column.status} column={column} loading={loading === column.status} onLoadMore={() => loadMore(column)} readOnly={readOnly} />
          ))}
        </div>
        <DragOverlay>{activeCard ? <CardBody card={activeCard} lifted /> : null}</DragOverlay>
      </DndContext>
    </div>
  );
}
