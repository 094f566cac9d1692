import { getDb } from "@/lib/db/client";
import { ownerScope } from "../access/access";
import type { CrmContext } from "../context";
import { NotFound } from "../errors";
import { isUuid } from "../uuid";
import { billedToSelect } from "./billed-to";
import { invoiceRecordSelect } from "./invoice-record";
import { addMoney } from "./invoice-totals";

/**
 * An invoice as a document for its page and print view: the invoice with its
 * items, who it is from (the workspace) and to (the customer's addresses), its
 * payments and its balance. A rep sees their own and unassigned customers' only.
 */
export async function getInvoiceDocument(ctx: CrmContext, id: string) {
  if (!isUuid(id)) throw new NotFound("Invoice");
  const db = await getDb();
  const invoice = await db.invoice.findFirst({
    where: { tenantId: ctx.tenantId, id, customer: ownerScope(ctx) },
    select: {
      ...invoiceRecordSelect,
      customer: { select: billedToSelect },
      items: {
        orderBy: { position: "asc" },
        select: { id: true, description: true, amount: true, qty: true, taxRate: true, lineTotal: true, productId: true },
      },
      transactions: {
        where: { type: "income" },
        orderBy: [{ date: "asc" }, { seq: "asc" }],
        select: { id: true, seq: true, amount: true, date: true, method: true, reference: true, account: { select: { name: true } } },
      },
      tenant: { select: { name: true } },
    },
  });
  if (!invoice) throw new NotFound("Invoice");
  return { ...invoice, balance: addMoney(invoice.amount.toFixed(2), invoice.amountPaid.toFixed(2), -1) };
}

export type InvoiceDocument = Awaited<ReturnType<typeof getInvoiceDocument>>;
