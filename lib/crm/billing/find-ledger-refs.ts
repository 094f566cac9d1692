import type { Prisma } from "@/lib/db/client";
import type { CrmContext } from "../context";
import { ValidationFailed, type FieldError } from "../errors";

/**
 * The tenant's account (and category, customer) a transaction names by their
 * suite numbers; a foreign or missing one is a field error, never a 500.
 */
export async function findLedgerRefs(
  tx: Prisma.TransactionClient,
  ctx: CrmContext,
  refs: { accountSeq?: number; categorySeq?: number | null; customerSeq?: number | null },
): Promise<{ accountId?: string; categoryId?: string | null; customerId?: string | null }> {
  const problems: FieldError[] = [];
  const out: { accountId?: string; categoryId?: string | null; customerId?: string | null } = {};
  // Sequential on purpose: a transaction is one connection.
  if (refs.accountSeq !== undefined) {
    const account = await tx.account.findFirst({ where: { tenantId: ctx.tenantId, seq: refs.accountSeq }, select: { id: true } });
    if (account) out.accountId = account.id;
    else problems.push({ field: "account_id", message: "Account not found" });
  }
  if (refs.categorySeq !== undefined) {
    if (refs.categorySeq === null) out.categoryId = null;
    else {
      const category = await tx.category.findFirst({ where: { tenantId: ctx.tenantId, seq: refs.categorySeq }, select: { id: true } });
      if (category) out.categoryId = category.id;
      else problems.push({ field: "category_id", message: "Category not found" });
    }
  }
  if (refs.customerSeq !== undefined) {
    if (refs.customerSeq === null) out.customerId = null;
    else {
      const customer = await tx.customer.findFirst({ where: { tenantId: ctx.tenantId, seq: refs.customerSeq }, select: { id: true } });
      if (customer) out.customerId = customer.id;
      else problems.push({ field: "customer_id", message: "Customer not found" });
    }
  }
  if (problems.length > 0) throw new ValidationFailed(problems);
  return out;
}
