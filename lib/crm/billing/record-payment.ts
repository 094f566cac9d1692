import { getDb } from "@/lib/db/client";
import { assertMayManageMoney } from "../access/access";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { Conflict, ValidationFailed } from "../errors";
import { recordEvent } from "../events/record-event";
import { SEQ, nextSeq } from "../sequence";
import { findLedgerRefs } from "./find-ledger-refs";
import { dayToDate, invoiceRecordSelect, todayUtc, type InvoiceKey, type InvoiceRecord } from "./invoice-record";
import { invoiceStatusFor } from "./invoice-status";
import { addMoney, compareMoney, type DecimalLike } from "./invoice-totals";
import { lockInvoice } from "./lock-invoice";
import { transactionRecordSelect, type TransactionRecord } from "./transaction-record";

export interface NewPayment {
  /** > 0, at most the invoice's balance. */
  amount: DecimalLike;
  /** `YYYY-MM-DD`; today (UTC) when absent. */
  date?: string;
  /** The account's suite number; the tenant's account 1 when absent. */
  accountSeq?: number;
  categorySeq?: number | null;
  method?: string | null;
  reference?: string | null;
}

/**
 * A payment is an income transaction linked to the invoice. Under the
 * invoice's row lock: refuses more than the balance (field error on
 * `amount`), books the transaction, moves the invoice to Partially Paid or
 * Paid, and records `payment.received`, all in one transaction.
 */
export async function recordPayment(ctx: CrmContext, key: InvoiceKey, input: NewPayment): Promise<{ payment: TransactionRecord; invoice: InvoiceRecord }> {
  assertMayManageMoney(ctx);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const { id } = await lockInvoice(tx, ctx, key);
    const invoice = await tx.invoice.findUniqueOrThrow({
      where: { id },
      select: { seq: true, number: true, amount: true, amountPaid: true, status: true, customerId: true },
    });
    if (invoice.status === "cancelled") throw new Conflict("Invoice is cancelled");
    if (compareMoney(input.amount, 0) <= 0) throw new ValidationFailed([{ field: "amount", message: "Amount must be greater than 0" }]);
    const balance = addMoney(invoice.amount.toFixed(2), invoice.amountPaid.toFixed(2), -1);
    if (compareMoney(input.amount, balance) > 0) {
      throw new ValidationFailed([
        { field: "amount", message: compareMoney(balance, 0) <= 0 ? "Invoice is already paid" : `Amount exceeds the balance due of ${balance}` },
      ]);
    }
    const refs = await findLedgerRefs(tx, ctx, { accountSeq: input.accountSeq ?? 1, categorySeq: input.categorySeq });
    const paid = addMoney(invoice.amountPaid.toFixed(2), input.amount);
    const status = invoiceStatusFor(invoice.amount.toFixed(2), paid);
    const date = input.date ?? todayUtc();
    const seq = await nextSeq(tx, ctx.tenantId, SEQ.transaction);
    const payment = await tx.transaction.create({
      data: {
        tenantId: ctx.tenantId,
        seq,
        type: "income",
        accountId: refs.accountId!,
        categoryId: refs.categoryId ?? null,
        invoiceId: id,
        customerId: invoice.customerId,
        amount: String(input.amount),
        description: `Payment for ${invoice.number}`,
        date: dayToDate(date),
        method: input.method?.trim() || null,
        reference: input.reference?.trim() || null,
      },
      select: transactionRecordSelect,
    });
    const updated = await tx.invoice.update({ where: { id }, data: { amountPaid: paid, status }, select: invoiceRecordSelect });
    await recordEvent(tx, ctx.tenantId, "payment.received", {
      payment_id: payment.seq,
      invoice_id: invoice.seq,
      invoice_number: invoice.number,
      amount: Number(payment.amount.toFixed(2)),
      method: payment.method,
      date,
      invoice_status: status,
      amount_paid: Number(paid),
      balance: Number(addMoney(invoice.amount.toFixed(2), paid, -1)),
    });
    await recordAudit(tx, ctx, {
      action: "payment.received",
      entityType: "invoice",
      entityId: id,
      data: { transactionId: payment.id, amount: String(input.amount) },
    });
    return { payment, invoice: updated };
  });
}
