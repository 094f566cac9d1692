import type { Prisma } from "@/lib/db/client";
import type { CrmContext } from "../context";
import { Conflict, ValidationFailed, type FieldError } from "../errors";
import { lockEmail } from "../email-lock";
import { isUuid } from "../uuid";
import type { CustomerFields } from "./customer-input";

/**
 * The rules every customer write obeys, whichever dialect or page writes:
 * referenced users and leads are the tenant's, and an email belongs to one
 * customer of the tenant (409 otherwise; serialised by an advisory lock, so
 * concurrent creations cannot both take it). `exceptId` is the customer being changed.
 */
export async function assertCustomerRules(tx: Prisma.TransactionClient, ctx: CrmContext, fields: CustomerFields, exceptId?: string): Promise<void> {
  const problems: FieldError[] = [];
  if (fields.name !== undefined && !fields.name.trim()) problems.push({ field: "name", message: "Name is required" });
  // Sequential on purpose: a transaction is one connection (PGlite has only one).
  if (fields.assignedToId) {
    const found =
      isUuid(fields.assignedToId) && (await tx.user.findFirst({ where: { id: fields.assignedToId, tenantId: ctx.tenantId }, select: { id: true } }));
    if (!found) problems.push({ field: "assigned_to", message: "User not found" });
  }
  if (fields.leadId) {
    const found = isUuid(fields.leadId) && (await tx.lead.findFirst({ where: { id: fields.leadId, tenantId: ctx.tenantId }, select: { id: true } }));
    if (!found) problems.push({ field: "lead_id", message: "Lead not found" });
  }
  if (problems.length > 0) throw new ValidationFailed(problems);

  const email = fields.email?.trim().toLowerCase();
  if (email) {
    await lockEmail(tx, ctx.tenantId, "customer", email);
    const taken = await tx.customer.findFirst({
      where: { tenantId: ctx.tenantId, email, ...(exceptId ? { id: { not: exceptId } } : {}) },
      select: { id: true },
    });
    if (taken) throw new Conflict("A customer with this email already exists", "email");
  }
  if (fields.externalId) {
    const taken = await tx.customer.findFirst({
      where: { tenantId: ctx.tenantId, externalId: fields.externalId, ...(exceptId ? { id: { not: exceptId } } : {}) },
      select: { id: true },
    });
    if (taken) throw new Conflict("A customer with this customerId already exists", "customerId");
  }
}
