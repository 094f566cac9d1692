import { getDb } from "@/lib/db/client";
import { ownerScope } from "../access/access";
import type { CrmContext } from "../context";
import { NotFound } from "../errors";
import { isUuid } from "../uuid";
import { invoiceRecordSelect, type InvoiceKey, type InvoiceRecord } from "./invoice-record";

export async function getInvoice(ctx: CrmContext, key: InvoiceKey): Promise<InvoiceRecord> {
  if ("id" in key && !isUuid(key.id)) throw new NotFound("Invoice");
  const db = await getDb();
  const invoice = await db.invoice.findFirst({ where: { tenantId: ctx.tenantId, ...key, customer: ownerScope(ctx) }, select: invoiceRecordSelect });
  if (!invoice) throw new NotFound("Invoice");
  return invoice;
}
