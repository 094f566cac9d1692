import type { Prisma } from "@/lib/db/client";
import { ValidationFailed } from "../errors";
import { invoiceStatusFor } from "./invoice-status";
import { compareMoney } from "./invoice-totals";

/**
 * Recomputes what an invoice has been paid (in SQL, the sum of its income
 * transactions) and its status, after a payment changes or goes. Refuses a
 * change that would pay more than the invoice's amount. The caller holds the
 * invoice's row lock.
 */
export async function syncInvoicePayments(tx: Prisma.TransactionClient, invoiceId: string): Promise<void> {
  const rows = await tx.$queryRaw<{ paid: string; amount: string }[]>`
    SELECT COALESCE((SELECT SUM(t."amount") FROM "Transaction" t WHERE t."invoiceId" = i."id" AND t."type" = 'income'), 0)::text AS paid,
           i."amount"::text AS amount
    FROM "Invoice" i WHERE i."id" = ${invoiceId}::uuid`;
  const row = rows[0];
  if (!row) return;
  const status = invoiceStatusFor(row.amount, row.paid);
  if (compareMoney(row.paid, row.amount) > 0) {
    throw new ValidationFailed([{ field: "amount", message: "Payments would exceed the invoice amount" }]);
  }
  await tx.invoice.update({ where: { id: invoiceId }, data: { amountPaid: row.paid, status } });
}
