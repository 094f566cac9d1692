import { z } from "zod";
import type { TransactionRecord } from "@/lib/crm/billing/transaction-record";
import { dateOut, moneyOut } from "./wire-values";

export const suiteTransaction = z.object({
  id: z.number().int(),
  type: z.enum(["Income", "Expense"]),
  account_id: z.number().int(),
  category_id: z.number().int().nullable(),
  customer_id: z.number().int().nullable(),
  invoice_id: z.number().int().nullable(),
  amount: z.number(),
  description: z.string().nullable(),
  date: z.string(),
  method: z.string().nullable(),
  reference: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});

export function toSuiteTransaction(t: TransactionRecord): z.infer<typeof suiteTransaction> {
  return {
    id: t.seq,
    type: t.type === "income" ? "Income" : "Expense",
    account_id: t.account.seq,
    category_id: t.category?.seq ?? null,
    customer_id: t.customer?.seq ?? null,
    invoice_id: t.invoice?.seq ?? null,
    amount: moneyOut(t.amount),
    description: t.description,
    date: dateOut(t.date),
    method: t.method,
    reference: t.reference,
    created_at: t.createdAt.toISOString(),
    updated_at: t.updatedAt.toISOString(),
  };
}
