import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { CrmContext } from "../context";

/** Which calls a report or list covers. Times are UTC; `to` is exclusive. */
export interface CallFilter {
  from?: Date;
  to?: Date;
  /** The integrator's customer id (the ribbon's customerId). */
  customerId?: string;
}

/**
 * The SQL condition on "Call" (aliased `c`) for a filter, always led by the
 * tenant, or null when it can match nothing (an unknown customerId: empty
 * reports, not an error). The customer is resolved first so the condition
 * uses the (tenantId, customerId, startTime) index.
 */
export async function callCondition(ctx: CrmContext, filter: CallFilter): Promise<Prisma.Sql | null> {
  const parts = [Prisma.sql`c."tenantId" = ${ctx.tenantId}::uuid`];
  if (filter.customerId !== undefined) {
    const customerId = await customerUuid(ctx, filter.customerId);
    if (!customerId) return null;
    parts.push(Prisma.sql`c."customerId" = ${customerId}::uuid`);
  }
  if (filter.from) parts.push(Prisma.sql`c."startTime" >= ${filter.from}`);
  if (filter.to) parts.push(Prisma.sql`c."startTime" < ${filter.to}`);
  return Prisma.join(parts, " AND ");
}

export async function customerUuid(ctx: CrmContext, externalId: string): Promise<string | null> {
  const db = await getDb();
  const customer = await db.customer.findFirst({ where: { tenantId: ctx.tenantId, externalId }, select: { id: true } });
  return customer?.id ?? null;
}
