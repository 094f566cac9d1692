import type { QuoteStatus } from "@/lib/db/generated/enums";
import type { CrmContext } from "../context";
import { Conflict } from "../errors";
import type { QuoteRecord } from "./quote-record";
import { getQuote } from "./get-quote";
import { updateQuote } from "./update-quote";

export type QuoteMove = "send" | "accept" | "decline";

/** Which statuses each step starts from, and where it leads. */
const MOVES: Record<QuoteMove, { from: readonly QuoteStatus[]; to: QuoteStatus }> = {
  send: { from: ["draft"], to: "sent" },
  accept: { from: ["draft", "sent"], to: "accepted" },
  decline: { from: ["draft", "sent"], to: "declined" },
};

/** The steps a quote in this status may take next (pages offer only these). */
export function quoteMoves(status: QuoteStatus, converted: boolean): QuoteMove[] {
  if (converted) return [];
  return (Object.keys(MOVES) as QuoteMove[]).filter((move) => MOVES[move].from.includes(status));
}

/**
 * Send, accept or decline a quote: a step out of order (declining an
 * accepted quote, sending it twice) is a Conflict; a converted quote is
 * final (updateQuote refuses it under the row lock).
 */
export async function moveQuote(ctx: CrmContext, seq: number, move: QuoteMove): Promise<QuoteRecord> {
  const quote = await getQuote(ctx, seq);
  if (!quoteMoves(quote.status, Boolean(quote.invoice)).includes(move)) {
    throw new Conflict(`A ${quote.status} quote cannot be ${move === "send" ? "sent" : `${move}ed`}`);
  }
  return updateQuote(ctx, seq, { status: MOVES[move].to });
}
