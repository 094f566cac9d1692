"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type Path } from "react-hook-form";
import { PAYMENT_METHODS, paymentForm, type PaymentFormInput, type PaymentFormValues } from "@/lib/crm/billing/payment-form";
import type { ActionResult } from "@/lib/http/action-result";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field, Input, Select } from "../ui/field";
import { INVOICE_STATUS_LABELS } from "./invoice-status-badge";

/**
 * Record a payment: the amount starts at the balance due; the server refuses
 * more than the balance (its message shows beside the amount) and answers
 * the invoice's new status.
 */
export function RecordPaymentForm({
  balance,
  today,
  record,
}: {
  balance: string;
  today: string;
  record(values: PaymentFormValues): Promise<ActionResult<{ status: string; balance: string }>>;
}) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const { register, handleSubmit, formState, setError, reset } = useForm<PaymentFormInput, unknown, PaymentFormValues>({
    resolver: zodResolver(paymentForm),
    defaultValues: { amount: balance, date: today, method: "bank_transfer", reference: "" },
  });
  async function onSubmit(values: PaymentFormValues) {
    setMessage(null);
    const result = await record(values);
    if (!result.ok) {
      // A field's own error shows beside it; the banner is for everything else.
      if (!result.fields || Object.keys(result.fields).length === 0) setMessage({ tone: "error", text: result.message });
      for (const [field, text] of Object.entries(result.fields ?? {})) setError(field as Path<PaymentFormInput>, { message: text });
      return;
    }
    const label = INVOICE_STATUS_LABELS[result.data.status as keyof typeof INVOICE_STATUS_LABELS] ?? result.data.status;
    setMessage({ tone: "success", text: `Payment recorded. The invoice is now ${label}.` });
    reset({ amount: result.data.balance === "0.00" ? "" : result.data.balance, date: values.date, method: values.method, reference: "" });
    router.refresh();
  }
  const error = (name: keyof PaymentFormInput) => formState.errors[name]?.message;
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate aria-label="Record a payment" className="space-y-3">
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Amount" htmlFor="payment-amount" error={error("amount")}>
          <Input
            id="payment-amount"
            inputMode="decimal"
            {...register("amount")}
            aria-invalid={Boolean(error("amount")) || undefined}
            className="tabular-nums"
          />
        </Field>
        <Field label="Date" htmlFor="payment-date" error={error("date")}>
          <Input id="payment-date" type="date" {...register("date")} />
        </Field>
        <Field label="Method" htmlFor="payment-method" error={error("method")}>
          <Select id="payment-method" {...register("method")}>
            {PAYMENT_METHODS.map((m) => (
              <option key={m.value} value={m.value}>
                {m.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Reference" htmlFor="payment-reference" error={error("reference")}>
          <Input id="payment-reference" placeholder="Optional" {...register("reference")} />
        </Field>
      </div>
      <Button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? "Recording…" : "Record payment"}
      </Button>
    </form>
  );
}
