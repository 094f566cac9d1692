import { describe, expect, it } from "vitest";
import { appendPage, fromCents, moveCard, toCents, type BoardColumn } from "./board-state";

const card = (id: string, status: BoardColumn["status"], value: string | null) => ({
  id,
  name: id,
  company: null,
  status,
  score: null,
  value,
  owner: null,
  createdAt: "2026-01-01T00:00:00.000Z",
});

describe("board state", () => {
  const board: BoardColumn[] = [
    { status: "new", count: 2, value: "0.30", cards: [card("a", "new", "0.10"), card("b", "new", "0.20")], nextCursor: null },
    { status: "contacted", count: 5, value: "1000.00", cards: [], nextCursor: "c1" },
  ];

  it("moves a card with its count and exact value", () => {
    const moved = moveCard(board, "a", "contacted");
    expect(moved[0]).toMatchObject({ count: 1, value: "0.20" });
    expect(moved[0]!.cards.map((c) => c.id)).toEqual(["b"]);
    expect(moved[1]).toMatchObject({ count: 6, value: "1000.10" });
    expect(moved[1]!.cards[0]).toMatchObject({ id: "a", status: "contacted" });
    // The original is untouched, so a rollback is the previous state.
    expect(board[0]!.cards).toHaveLength(2);
  });

  it("ignores a drop on the card's own column or an unknown card", () => {
    expect(moveCard(board, "a", "new")).toEqual(board);
    expect(moveCard(board, "zzz", "new")).toEqual(board);
  });

  it("appends a page without repeating a card already shown", () => {
    const next = appendPage(board, "new", [card("b", "new", null), card("c", "new", null)], "c2");
    expect(next[0]!.cards.map((c) => c.id)).toEqual(["a", "b", "c"]);
    expect(next[0]!.nextCursor).toBe("c2");
  });

  it("adds money in cents: three times 0.10 is 0.30", () => {
    expect(fromCents(toCents("0.10") * 3n)).toBe("0.30");
    expect(fromCents(toCents("12") - toCents("12.5"))).toBe("-0.50");
  });
});
