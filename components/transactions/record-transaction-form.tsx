"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { transactionFormSchema, type TransactionFormValues } from "@/lib/crm/billing/transaction-schema";
import type { ActionResult } from "@/lib/http/action-result";

/** The domain's field names (the suite's) → this form's. */
const FIELD_NAMES: Record<string, keyof TransactionFormValues> = { account_id: "accountSeq", category_id: "categorySeq" };

export function RecordTransactionForm({
  accounts,
  categories,
  today,
  record,
}: {
  accounts: { seq: number; name: string }[];
  categories: { seq: number; name: string; type: "income" | "expense" }[];
  today: string;
  record(values: TransactionFormValues): Promise<ActionResult<{ seq: number }>>;
}) {
  const router = useRouter();
  const [message, setMessage] = useState<string>();
  const { register, handleSubmit, formState, setError, setValue, control } = useForm<TransactionFormValues>({
    resolver: zodResolver(transactionFormSchema),
    defaultValues: {
      type: "income",
      date: today,
      amount: "",
      accountSeq: String(accounts[0]?.seq ?? ""),
      categorySeq: "",
      description: "",
      reference: "",
      method: "",
    },
  });
  const errors = formState.errors;
  const type = useWatch({ control, name: "type" });
  const shown = categories.filter((c) => c.type === type);

  async function onSubmit(values: TransactionFormValues) {
    setMessage(undefined);
    const result = await record(values);
    if (!result.ok) {
      for (const [field, text] of Object.entries(result.fields ?? {})) {
        const name = FIELD_NAMES[field] ?? field;
        if (name in values) setError(name as keyof TransactionFormValues, { message: text });
      }
      setMessage(result.message);
      return;
    }
    router.push(`/transactions?recorded=${result.data.seq}`);
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} className="grid max-w-2xl gap-4 sm:grid-cols-2" noValidate>
      {message && (
        <div className="sm:col-span-2">
          <Alert>{message}</Alert>
        </div>
      )}
      <fieldset className="sm:col-span-2">
        <legend className="text-sm font-medium text-slate-700">Type</legend>
        <div className="mt-1 flex gap-4">
          {(["income", "expense"] as const).map((t) => (
            <label key={t} className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                value={t}
                {...register("type", { onChange: () => setValue("categorySeq", "") })}
                className="h-4 w-4 border-slate-300 text-brand-600 focus-visible:ring-2 focus-visible:ring-brand-500"
              />
              {t === "income" ? "Income" : "Expense"}
            </label>
          ))}
        </div>
      </fieldset>
      <Field label="Amount" htmlFor="tx-amount" error={errors.amount?.message}>
        <Input id="tx-amount" inputMode="decimal" placeholder="0.00" {...register("amount")} aria-invalid={Boolean(errors.amount)} />
      </Field>
      <Field label="Date" htmlFor="tx-date" error={errors.date?.message}>
        <Input id="tx-date" type="date" {...register("date")} />
      </Field>
      <Field label="Account" htmlFor="tx-account" error={errors.accountSeq?.message}>
        <Select id="tx-account" {...register("accountSeq")}>
          {accounts.map((a) => (
            <option key={a.seq} value={a.seq}>
              {a.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Category" htmlFor="tx-category" error={errors.categorySeq?.message}>
        <Select id="tx-category" {...register("categorySeq")}>
          <option value="">No category</option>
          {shown.map((c) => (
            <option key={c.seq} value={c.seq}>
              {c.name}
            </option>
          ))}
        </Select>
      </Field>
      <div className="sm:col-span-2">
        <Field label="Description" htmlFor="tx-description" error={errors.description?.message}>
          <Input id="tx-description" placeholder={type === "income" ? "e.g. Consulting retainer" : "e.g. Office rent"} {...register("description")} />
        </Field>
      </div>
      <Field label="Reference (optional)" htmlFor="tx-reference" error={errors.reference?.message}>
        <Input id="tx-reference" {...register("reference")} />
      </Field>
      <Field label="Method (optional)" htmlFor="tx-method" error={errors.method?.message}>
        <Select id="tx-method" {...register("method")}>
          <option value="">—</option>
          <option value="bank_transfer">Bank transfer</option>
          <option value="card">Card</option>
          <option value="cash">Cash</option>
          <option value="other">Other</option>
        </Select>
      </Field>
      <div className="flex gap-2 sm:col-span-2">
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Recording…" : "Record transaction"}
        </Button>
        <Button type="button" variant="ghost" onClick={() => router.push("/transactions")}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
