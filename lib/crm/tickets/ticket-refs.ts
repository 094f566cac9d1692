import type { Prisma } from "@/lib/db/client";
import type { CrmContext } from "../context";
import { NotFound, ValidationFailed, type FieldError } from "../errors";
import { findVisibleCustomer } from "../customers/find-visible-customer";
import type { TicketFields } from "./ticket-fields";

/** The tenant's customer, department and user a ticket names, by their numbers; field errors otherwise. */
export async function ticketRefs(tx: Prisma.TransactionClient, ctx: CrmContext, fields: TicketFields): Promise<Prisma.TicketUncheckedUpdateInput> {
  const problems: FieldError[] = [];
  const data: Prisma.TicketUncheckedUpdateInput = {};
  // Sequential on purpose: a transaction is one connection.
  const customerKey =
    fields.customerId !== undefined
      ? fields.customerId
        ? { id: fields.customerId }
        : null
      : fields.customerSeq !== undefined && fields.customerSeq !== null
        ? { seq: fields.customerSeq }
        : fields.customerSeq;
  if (customerKey !== undefined) {
    // A rep names only customers they can see (their own or unassigned): another rep's reads as missing.
    const found = customerKey ? await findVisibleCustomer(tx, ctx, customerKey).catch(notFoundAsNull) : null;
    if (customerKey && !found) problems.push({ field: "customer_id", message: "Customer not found" });
    data.customerId = found?.id ?? null;
  }
  if (fields.departmentSeq !== undefined) {
    const found =
      fields.departmentSeq === null
        ? null
        : await tx.department.findFirst({ where: { tenantId: ctx.tenantId, seq: fields.departmentSeq }, select: { id: true } });
    if (fields.departmentSeq !== null && !found) problems.push({ field: "department_id", message: "Department not found" });
    data.departmentId = found?.id ?? null;
  }
  if (fields.assigneeSeq !== undefined) {
    const found =
      fields.assigneeSeq === null ? null : await tx.user.findFirst({ where: { tenantId: ctx.tenantId, seq: fields.assigneeSeq }, select: { id: true } });
    if (fields.assigneeSeq !== null && !found) problems.push({ field: "assigned_to", message: "User not found" });
    data.assignedToId = found?.id ?? null;
  }
  if (fields.subject !== undefined && !fields.subject.trim()) problems.push({ field: "subject", message: "Subject is required" });
  if (fields.message !== undefined && !fields.message.trim()) problems.push({ field: "message", message: "Message is required" });
  if (problems.length > 0) throw new ValidationFailed(problems);
  return data;
}

function notFoundAsNull(error: unknown): null {
  if (error instanceof NotFound) return null;
  throw error;
}
