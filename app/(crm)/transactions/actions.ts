"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user";
import { createAccount } from "@/lib/crm/billing/create-account";
import { createCategory } from "@/lib/crm/billing/create-category";
import { accountFormSchema, categoryFormSchema, transactionFieldsOf, transactionFormSchema } from "@/lib/crm/billing/transaction-schema";
import { createTransaction, deleteTransaction, updateTransaction } from "@/lib/crm/billing/transactions";
import { runAction, type ActionResult } from "@/lib/http/action-result";

const transactionNumber = z.number().int().positive();

/** The ledger and what it feeds; an invoice's page too, when a payment changed. */
function revalidateLedger(invoiceId?: string | null): void {
  revalidatePath("/transactions");
  revalidatePath("/reports/financial");
  if (invoiceId) {
    revalidatePath(`/invoices/${invoiceId}`);
    revalidatePath("/invoices");
  }
}

/** Records income or an expense (admins and managers; the domain refuses anyone else). */
export async function recordTransactionAction(input: unknown): Promise<ActionResult<{ seq: number }>> {
  return runAction(async () => {
    const { ctx } = await requireUser();
    const created = await createTransaction(ctx, transactionFieldsOf(transactionFormSchema.parse(input)));
    revalidateLedger();
    return { seq: created.seq };
  });
}

/** The API's updateTransaction: a payment's invoice follows a new amount (refused if it would overpay). */
export async function updateTransactionAction(seq: number, input: unknown): Promise<ActionResult<{ seq: number }>> {
  return runAction(async () => {
    const { ctx } = await requireUser();
    const updated = await updateTransaction(ctx, transactionNumber.parse(seq), transactionFieldsOf(transactionFormSchema.parse(input)));
    revalidateLedger(updated.invoice?.id);
    revalidatePath(`/transactions/${seq}`);
    return { seq: updated.seq };
  });
}

/** The API's deleteTransaction (a payment's invoice gets its balance back), then back to the ledger. */
export async function deleteTransactionAction(seq: number): Promise<ActionResult<null>> {
  const result = await runAction(async () => {
    const { ctx } = await requireUser();
    await deleteTransaction(ctx, transactionNumber.parse(seq));
    revalidateLedger();
    revalidatePath("/invoices", "layout");
    return null;
  });
  if (result.ok) redirect(`/transactions?deleted=${seq}`);
  return result;
}

export async function createAccountAction(name: string, kind: string): Promise<ActionResult<{ seq: number }>> {
  return runAction(async () => {
    const { ctx } = await requireUser();
    const account = await createAccount(ctx, accountFormSchema.parse({ name, kind }));
    revalidatePath("/transactions/settings");
    return { seq: account.seq };
  });
}

export async function createCategoryAction(name: string, type: string): Promise<ActionResult<{ seq: number }>> {
  return runAction(async () => {
    const { ctx } = await requireUser();
    const category = await createCategory(ctx, categoryFormSchema.parse({ name, type }));
    revalidatePath("/transactions/settings");
    return { seq: category.seq };
  });
}
