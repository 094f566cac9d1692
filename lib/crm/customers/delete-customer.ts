import { getDb } from "@/lib/db/client";
import { recordAudit } from "../audit/record-audit";
import { assertMayWrite, ownerScope } from "../access/access";
import type { CrmContext } from "../context";
import { Conflict, NotFound } from "../errors";
import type { CustomerKey } from "./get-customer";

/**
 * Deletes a customer with its interactions, feedback and call links. A
 * customer with money on record (orders, invoices, quotes, transactions) is
 * kept: 409, so no financial history is ever lost by a delete.
 */
export async function deleteCustomer(ctx: CrmContext, key: CustomerKey): Promise<{ id: string }> {
  assertMayWrite(ctx);
  if ("id" in key && !/^[0-9a-f-]{36}$/i.test(key.id)) throw new NotFound("Customer");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const customer = await tx.customer.findFirst({
      where: { tenantId: ctx.tenantId, ...key, ...ownerScope(ctx) },
      select: { id: true, _count: { select: { orders: true, invoices: true, quotes: true, transactions: true } } },
    });
    if (!customer) throw new NotFound("Customer");
    const counts = customer._count;
    if (counts.orders + counts.invoices + counts.quotes + counts.transactions > 0) {
      throw new Conflict("Customer has orders, invoices, quotes or transactions and cannot be deleted; set its status to inactive instead");
    }
    await tx.customer.delete({ where: { id: customer.id } });
    await recordAudit(tx, ctx, { action: "customer.deleted", entityType: "customer", entityId: customer.id });
    return { id: customer.id };
  });
}
