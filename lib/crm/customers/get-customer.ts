import { getDb, type Prisma } from "@/lib/db/client";
import { ownerScope } from "../access/access";
import type { CrmContext } from "../context";
import { NotFound } from "../errors";
import { customerRecordSelect, type CustomerRecord } from "./customer-record";

/** A customer by one of its identities: UUID, the suite's per-tenant number, or the integrator's id. */
export type CustomerKey = { id: string } | { seq: number } | { externalId: string };

/** A rep asking for another rep's customer gets NotFound, exactly as for a missing one. */
export async function getCustomer(ctx: CrmContext, key: CustomerKey): Promise<CustomerRecord> {
  const db = await getDb();
  const where: Prisma.CustomerWhereInput = { tenantId: ctx.tenantId, ...key, ...ownerScope(ctx) };
  const customer = await db.customer.findFirst({ where, select: customerRecordSelect });
  if (!customer) throw new NotFound("Customer");
  return customer;
}
