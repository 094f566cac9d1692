"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Field, Input, Select } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { transactionFormSchema, type TransactionFormValues } from "@/lib/crm/billing/transaction-schema";
import type { ActionResult } from "@/lib/http/action-result";

/** The domain's field names (the suite's) → this form's. */
const FIELD_NAMES: Record<string, keyof TransactionFormValues> = { account_id: "accountSeq", category_id: "categorySeq" };

/**
 * Record income or an expense, or edit one (`mode="edit"`: stays on the
 * transaction's page and says "Saved"). A payment keeps its type
 * (`typeLocked`); the domain refuses a change anyway.
 */
export function TransactionForm({
  accounts,
  categories,
  initial,
  mode,
  typeLocked = false,
  save,
}: {
  accounts: { seq: number; name: string }[];
  categories: { seq: number; name: string; type: "income" | "expense" }[];
  initial: TransactionFormValues;
  mode: "create" | "edit";
  typeLocked?: boolean;
  save(values: TransactionFormValues): Promise<ActionResult<{ seq: number }>>;
}) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, message, onSubmit } = useActionForm({
    schema: transactionFormSchema,
    defaultValues: initial,
    save: (values: TransactionFormValues) => {
      setSaved(false);
      return save(values);
    },
    fieldName: (field) => FIELD_NAMES[field] ?? field,
    onSaved(data, values) {
      if (mode === "create") {
        router.push(`/transactions?recorded=${data.seq}`);
      } else {
        form.reset(values);
        setSaved(true);
      }
      router.refresh();
    },
  });
  const { register, formState, setValue, control } = form;
  const errors = formState.errors;
  const type = useWatch({ control, name: "type" });
  const shown = categories.filter((c) => c.type === type);

  return (
    <form
      onSubmit={onSubmit}
      className="grid max-w-2xl gap-4 sm:grid-cols-2"
      noValidate
      aria-label={mode === "create" ? "Record transaction" : "Edit transaction"}
    >
      {message && (
        <div className="sm:col-span-2">
          <Alert>{message}</Alert>
        </div>
      )}
      {saved && !formState.isDirty && (
        <div className="sm:col-span-2">
          <Alert tone="success">Saved.</Alert>
        </div>
      )}
      <fieldset className="sm:col-span-2" disabled={typeLocked}>
        <legend className="text-sm font-medium text-slate-700">Type{typeLocked ? " (a payment stays income)" : ""}</legend>
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
      <FormActions
        className="sm:col-span-2"
        submitting={formState.isSubmitting}
        submitLabel={mode === "create" ? "Record transaction" : "Save changes"}
        busyLabel={mode === "create" ? "Recording…" : "Saving…"}
        onCancel={() => router.push("/transactions")}
      />
    </form>
  );
}
