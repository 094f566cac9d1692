"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-user";
import { createAccount } from "@/lib/crm/billing/create-account";
import { createCategory } from "@/lib/crm/billing/create-category";
import { accountFormSchema, categoryFormSchema, transactionFormSchema } from "@/lib/crm/billing/transaction-schema";
import { createTransaction } from "@/lib/crm/billing/transactions";
import { runAction, type ActionResult } from "@/lib/http/action-result";

/** Records income or an expense (admins and managers; the domain refuses anyone else). */
export async function recordTransactionAction(input: unknown): Promise<ActionResult<{ seq: number }>> {
  return runAction(async () => {
    const { ctx } = await requireUser();
    const values = transactionFormSchema.parse(input);
    const created = await createTransaction(ctx, {
      type: values.type,
      date: values.date,
      amount: values.amount,
      accountSeq: Number(values.accountSeq),
      categorySeq: values.categorySeq ? Number(values.categorySeq) : null,
      description: values.description || null,
      reference: values.reference || null,
      method: values.method || null,
    });
    revalidatePath("/transactions");
    revalidatePath("/reports/financial");
    return { seq: created.seq };
  });
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
