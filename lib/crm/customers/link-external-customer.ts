import type { Prisma } from "@/lib/db/client";
import type { CrmContext } from "../context";
import { createCustomerIn } from "./create-customer";
import { lockExternalCustomer } from "./external-customer-lock";

export interface ExternalCustomerHint {
  /** The integrator's id (externalId). */
  customerId: string;
  name?: string | null;
  email?: string | null;
  phone?: string | null;
}

/**
 * The id of the tenant's customer with this integrator id, created (name,
 * email, phone filled) when there is none yet. An existing customer is not
 * changed: a call only links to it. When the email already belongs to another
 * customer the new one is created without it (the integrator's id is the
 * identity; two customers never share an email, and a call must not fail for it).
 */
export async function linkExternalCustomerIn(tx: Prisma.TransactionClient, ctx: CrmContext, hint: ExternalCustomerHint): Promise<string> {
  const where = { tenantId: ctx.tenantId, externalId: hint.customerId };
  // Most calls are to known customers: one indexed read, no lock.
  const known = await tx.customer.findFirst({ where, select: { id: true } });
  if (known) return known.id;
  await lockExternalCustomer(tx, ctx.tenantId, hint.customerId);
  const existing = await tx.customer.findFirst({ where, select: { id: true } });
  if (existing) return existing.id;
  let email = hint.email?.trim().toLowerCase() || null;
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) email = null;
  if (email) {
    const taken = await tx.customer.findFirst({ where: { tenantId: ctx.tenantId, email }, select: { id: true } });
    if (taken) email = null;
  }
  const created = await createCustomerIn(tx, ctx, {
    name: hint.name?.trim() || hint.customerId,
    email,
    phone: hint.phone?.trim() || null,
    externalId: hint.customerId,
  });
  return created.id;
}
