import { MONEY_PLACES, QTY_PLACES, RATE_PLACES, documentTotals, toScaled, type DocumentTotals } from "./invoice-totals";

export interface DraftLine {
  amount: string;
  qty: string;
  /** The product's rate; ignored for free lines (the server taxes only product lines). */
  taxRate: string;
  productId: string;
}

/**
 * The totals of a form being typed, by the server's own rule (documentTotals):
 * a row whose amount or quantity is not (yet) a valid decimal counts as 0 and
 * is named in `incomplete`, so the total never shows a guess.
 */
export function draftTotals(lines: readonly DraftLine[]): DocumentTotals & { incomplete: number[] } {
  const incomplete: number[] = [];
  const valid = lines.map((line, index) => {
    const amount = line.amount.trim();
    const qty = line.qty.trim();
    const rate = line.productId ? line.taxRate.trim() || "0" : "0";
    const ok = toScaled(amount, MONEY_PLACES) !== null && toScaled(qty, QTY_PLACES) !== null && toScaled(rate, RATE_PLACES) !== null;
    if (!ok) {
      incomplete.push(index);
      return { amount: "0", qty: "0", taxRate: "0" };
    }
    return { amount, qty, taxRate: rate };
  });
  return { ...documentTotals(valid), incomplete };
}
