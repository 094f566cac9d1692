import { z } from "zod";
import { dayText, decimalText } from "./decimal-text";
import type { TransactionRecord } from "./transaction-record";
import type { NewTransaction } from "./transactions";

/**
 * A transaction as the record form and its server action read it (the
 * domain's createTransaction checks amount and references again for every
 * writer). Amount stays decimal text.
 */
export const transactionFormSchema = z.object({
  type: z.enum(["income", "expense"]),
  date: dayText(),
  amount: decimalText(2, "Amount must be greater than 0, with at most 2 decimal places").refine((v) => /[1-9]/.test(v), "Amount must be greater than 0"),
  /** Select values: the account's and category's numbers as text ("" = no category). */
  accountSeq: z.string().regex(/^[1-9]\d{0,8}$/, "Choose an account"),
  categorySeq: z.string().regex(/^([1-9]\d{0,8})?$/, "Choose a category"),
  description: z.string().trim().max(500),
  reference: z.string().trim().max(100),
  method: z.string().trim().max(50),
});
export type TransactionFormValues = z.infer<typeof transactionFormSchema>;

export const accountFormSchema = z.object({
  name: z.string().trim().min(1, "Name is required").max(100),
  kind: z.enum(["bank", "card", "cash", "other"]),
});
export type AccountFormValues = z.infer<typeof accountFormSchema>;

export const categoryFormSchema = z.object({
  name: z.string().trim().min(1, "Name is required").max(100),
  type: z.enum(["income", "expense"]),
});
export type CategoryFormValues = z.infer<typeof categoryFormSchema>;

/** The form's values as the domain's fields (create and update alike; "" clears an optional field). */
export function transactionFieldsOf(values: TransactionFormValues) {
  return {
    type: values.type,
    date: values.date,
    amount: values.amount,
    accountSeq: Number(values.accountSeq),
    categorySeq: values.categorySeq ? Number(values.categorySeq) : null,
    description: values.description || null,
    reference: values.reference || null,
    method: values.method || null,
  } satisfies NewTransaction;
}

/** A stored transaction as the edit form's starting values. */
export function transactionFormValuesOf(t: TransactionRecord): TransactionFormValues {
  return {
    type: t.type,
    date: t.date.toISOString().slice(0, 10),
    amount: t.amount.toFixed(2),
    accountSeq: String(t.account.seq),
    categorySeq: t.category ? String(t.category.seq) : "",
    description: t.description ?? "",
    reference: t.reference ?? "",
    method: t.method ?? "",
  };
}
