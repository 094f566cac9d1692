import { z } from "zod";
import type { TransactionFields } from "@/lib/crm/billing/transactions";
import { dateIn, moneyIn, seedWord, suiteRefId } from "./wire-values";

export const transactionTypeWord = seedWord(["Income", "Expense"] as const, "Type");
export const toTransactionType = (word: "Income" | "Expense"): "income" | "expense" => (word === "Income" ? "income" : "expense");

/** The seed's transaction fields (create). */
export const suiteTransactionFields = z.object({
  type: transactionTypeWord,
  account_id: suiteRefId("Account"),
  amount: moneyIn({ min: "positive", message: "Amount must be greater than 0" }),
  category_id: suiteRefId("Category").nullable().optional(),
  customer_id: suiteRefId("Customer").nullable().optional(),
  description: z.string().max(2000).nullable().optional(),
  date: dateIn("Date").optional(),
  reference: z.string().max(200).nullable().optional(),
  method: z.string().max(50).nullable().optional(),
});

export function toTransactionFields(body: Partial<z.infer<typeof suiteTransactionFields>>): TransactionFields {
  return {
    type: body.type ? toTransactionType(body.type) : undefined,
    accountSeq: body.account_id,
    categorySeq: body.category_id,
    customerSeq: body.customer_id,
    amount: body.amount,
    description: body.description,
    date: body.date,
    reference: body.reference,
    method: body.method,
  };
}
