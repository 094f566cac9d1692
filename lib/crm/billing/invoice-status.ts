import { compareMoney, type DecimalLike } from "./invoice-totals";

export type PaymentStatus = "unpaid" | "partially_paid" | "paid";

/**
 * The one rule for an invoice's status from its payments: unpaid until
 * something is paid, partially paid in between, paid once covered (an invoice
 * of 0 is covered from the start). Pure, for the server and the pages.
 */
export function invoiceStatusFor(amount: DecimalLike, paid: DecimalLike): PaymentStatus {
  if (compareMoney(paid, amount) >= 0) return "paid";
  if (compareMoney(paid, 0) > 0) return "partially_paid";
  return "unpaid";
}

/**
 * Overdue: something is still due after the due date (`YYYY-MM-DD` strings,
 * UTC). The same rule in SQL is invoiceTabSql("overdue") for the list.
 */
export function isOverdue(status: string, dueDate: string | null, today: string): boolean {
  return (status === "unpaid" || status === "partially_paid") && dueDate !== null && dueDate < today;
}
