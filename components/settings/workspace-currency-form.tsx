"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { COMMON_CURRENCIES, workspaceSettingsForm, type WorkspaceSettingsValues } from "@/lib/crm/tenants/currencies";
import type { ActionResult } from "@/lib/http/action-result";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field, Input } from "../ui/field";

/** The workspace's currency: any ISO 4217 code, with the common ones suggested. */
export function WorkspaceCurrencyForm({
  currency,
  save,
}: {
  currency: string;
  save(values: WorkspaceSettingsValues): Promise<ActionResult<{ currency: string }>>;
}) {
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const { register, handleSubmit, formState, setError } = useForm<WorkspaceSettingsValues>({
    resolver: zodResolver(workspaceSettingsForm),
    defaultValues: { currency },
  });
  async function onSubmit(values: WorkspaceSettingsValues) {
    const result = await save(values);
    if (result.ok) setMessage({ tone: "success", text: `Currency set to ${result.data.currency}.` });
    else {
      setMessage(null);
      setError("currency", { message: result.fields?.currency ?? result.message });
    }
  }
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate aria-label="Workspace currency" className="max-w-sm space-y-3">
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <Field label="Currency (ISO 4217)" htmlFor="workspace-currency" error={formState.errors.currency?.message}>
        <Input id="workspace-currency" list="currency-codes" maxLength={3} className="uppercase" {...register("currency")} />
      </Field>
      <datalist id="currency-codes">
        {COMMON_CURRENCIES.map((code) => (
          <option key={code} value={code} />
        ))}
      </datalist>
      <Button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? "Saving…" : "Save"}
      </Button>
    </form>
  );
}
