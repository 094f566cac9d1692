import type { Prisma } from "@/lib/db/client";
import type { CrmContext } from "../context";
import { ValidationFailed, type FieldError } from "../errors";
import type { TicketFields } from "./ticket-fields";

/** The tenant's customer, department and user a ticket names, by their numbers; field errors otherwise. */
export async function ticketRefs(tx: Prisma.TransactionClient, ctx: CrmContext, fields: TicketFields): Promise<Prisma.TicketUncheckedUpdateInput> {
  const problems: FieldError[] = [];
  const data: Prisma.TicketUncheckedUpdateInput = {};
  // Sequential on purpose: a transaction is one connection.
  if (fields.customerSeq !== undefined) {
    const found =
      fields.customerSeq === null ? null : await tx.customer.findFirst({ where: { tenantId: ctx.tenantId, seq: fields.customerSeq }, select: { id: true } });
    if (fields.customerSeq !== null && !found) problems.push({ field: "customer_id", message: "Customer not found" });
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
