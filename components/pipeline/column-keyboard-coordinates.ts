import { KeyboardCode, type KeyboardCoordinateGetter } from "@dnd-kit/core";

/**
 * Keyboard dragging on the board: once a card is picked up (Space or Enter),
 * Left/Right jump to the previous/next stage column instead of nudging the
 * card a few pixels, so two key presses move a deal two stages.
 */
export const columnKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  if (event.code !== KeyboardCode.Right && event.code !== KeyboardCode.Left) return undefined;
  event.preventDefault();
  const columns = [...context.droppableRects.entries()].sort(([, a], [, b]) => a.left - b.left);
  if (columns.length === 0) return currentCoordinates;
  const overId = context.over?.id ?? context.active?.data.current?.status;
  const index = columns.findIndex(([id]) => id === overId);
  const nextIndex = Math.min(columns.length - 1, Math.max(0, (index < 0 ? 0 : index) + (event.code === KeyboardCode.Right ? 1 : -1)));
  const rect = columns[nextIndex]![1];
  return { x: rect.left + 8, y: rect.top + 48 };
};
