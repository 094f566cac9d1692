import { getDb, type Prisma } from "@/lib/db/client";
import { recordAudit } from "../audit/record-audit";
import { assertMayWrite, ownerScope } from "../access/access";
import type { CrmContext } from "../context";
import { NotFound } from "../errors";
import { assertCustomerRules } from "./assert-customer-refs";
import { customerRecordSelect, type CustomerRecord } from "./customer-record";
import type { CustomerFields } from "./customer-input";
import { customerWriteData } from "./customer-write-data";
import type { CustomerKey } from "./get-customer";

/** Changes only the fields given, under the same rules as creation. */
export async function updateCustomer(ctx: CrmContext, key: CustomerKey, changes: CustomerFields): Promise<CustomerRecord> {
  const db = await getDb();
  return db.$transaction((tx) => updateCustomerIn(tx, ctx, key, changes));
}

export async function updateCustomerIn(tx: Prisma.TransactionClient, ctx: CrmContext, key: CustomerKey, changes: CustomerFields): Promise<CustomerRecord> {
  assertMayWrite(ctx);
  if ("id" in key && !/^[0-9a-f-]{36}$/i.test(key.id)) throw new NotFound("Customer");
  const existing = await tx.customer.findFirst({ where: { tenantId: ctx.tenantId, ...key, ...ownerScope(ctx) }, select: { id: true } });
  if (!existing) throw new NotFound("Customer");
  await assertCustomerRules(tx, ctx, changes, existing.id);
  const data = customerWriteData(changes);
  const customer = await tx.customer.update({ where: { id: existing.id }, data, select: customerRecordSelect });
  await recordAudit(tx, ctx, { action: "customer.updated", entityType: "customer", entityId: customer.id, data: { fields: Object.keys(data) } });
  return customer;
}
