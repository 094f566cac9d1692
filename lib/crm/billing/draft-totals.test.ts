import { describe, expect, it } from "vitest";
import { draftTotals } from "./draft-totals";

describe("draftTotals (the editor's live totals)", () => {
  it("adds exactly like the server: 3 × 0.10 is 0.30, tax only on product lines", () => {
    const totals = draftTotals([
      { amount: "0.10", qty: "3", taxRate: "", productId: "" },
      { amount: "99.99", qty: "2", taxRate: "20", productId: "p1" },
      { amount: "10", qty: "1", taxRate: "20", productId: "" },
    ]);
    expect(totals).toMatchObject({ subtotal: "210.28", taxTotal: "40.00", total: "250.28", incomplete: [] });
    expect(totals.lines.map((l) => l.lineTotal)).toEqual(["0.30", "199.98", "10.00"]);
  });

  it("counts a half-typed row as 0 and names it", () => {
    const totals = draftTotals([
      { amount: "12.5", qty: "2", taxRate: "0", productId: "" },
      { amount: "1.", qty: "1", taxRate: "0", productId: "" },
      { amount: "3.333", qty: "1", taxRate: "0", productId: "" },
    ]);
    expect(totals.total).toBe("25.00");
    expect(totals.incomplete).toEqual([1, 2]);
  });
});
