import type { LeadStatus } from "@/lib/db/generated/enums";
import type { PipelineCard } from "./list-stage-cards";

/** One column of the board as the browser holds it. */
export interface BoardColumn {
  status: LeadStatus;
  count: number;
  /** Exact decimal string. */
  value: string;
  cards: PipelineCard[];
  nextCursor: string | null;
}

/**
 * The board after moving a card to another column: the card leaves its column
 * (count and value down) and lands on top of the target (count and value up).
 * Pure, so the optimistic update and its rollback are both just states; money
 * is added in integer cents (BigInt), never in binary floating point.
 */
export function moveCard(columns: readonly BoardColumn[], cardId: string, to: LeadStatus): BoardColumn[] {
  const from = columns.find((column) => column.cards.some((card) => card.id === cardId));
  if (!from || from.status === to) return [...columns];
  const card = from.cards.find((c) => c.id === cardId)!;
  const cents = toCents(card.value ?? "0");
  return columns.map((column) => {
    if (column.status === from.status) {
      return { ...column, count: column.count - 1, value: fromCents(toCents(column.value) - cents), cards: column.cards.filter((c) => c.id !== cardId) };
    }
    if (column.status === to) {
      return { ...column, count: column.count + 1, value: fromCents(toCents(column.value) + cents), cards: [{ ...card, status: to }, ...column.cards] };
    }
    return column;
  });
}

/** Appends a loaded page to a column (skipping cards already shown, e.g. one moved in meanwhile). */
export function appendPage(columns: readonly BoardColumn[], status: LeadStatus, cards: PipelineCard[], nextCursor: string | null): BoardColumn[] {
  return columns.map((column) => {
    if (column.status !== status) return column;
    const shown = new Set(column.cards.map((c) => c.id));
    return { ...column, cards: [...column.cards, ...cards.filter((c) => !shown.has(c.id))], nextCursor };
  });
}

export function toCents(decimal: string): bigint {
  const match = /^(-)?(\d+)(?:\.(\d{1,2}))?$/.exec(decimal.trim());
  if (!match) throw new Error(`Not a money amount: ${decimal}`);
  const cents = BigInt(match[2]!) * 100n + BigInt((match[3] ?? "").padEnd(2, "0"));
  return match[1] ? -cents : cents;
}

export function fromCents(cents: bigint): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  return `${negative ? "-" : ""}${abs / 100n}.${String(abs % 100n).padStart(2, "0")}`;
}
