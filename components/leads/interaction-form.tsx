"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { leadInteractionForm, type LeadInteractionFormValues } from "@/app/(crm)/leads/[id]/interaction-form-schema";
import type { ActionResult } from "@/lib/http/action-result";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field, Input, Select } from "../ui/field";

/** Log a call, email, meeting or note, with the next step and its date. */
export function InteractionForm({ add }: { add(values: LeadInteractionFormValues): Promise<ActionResult<null>> }) {
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const { register, handleSubmit, formState, reset } = useForm<LeadInteractionFormValues>({
    resolver: zodResolver(leadInteractionForm),
    defaultValues: { type: "call" },
  });
  async function onSubmit(values: LeadInteractionFormValues) {
    const result = await add(values);
    if (result.ok) {
      reset({ type: values.type, notes: "", nextAction: "", nextActionDate: "" });
      setMessage({ tone: "success", text: "Interaction recorded." });
    } else setMessage({ tone: "error", text: result.message });
  }
  return (
    <form onSubmit={handleSubmit(onSubmit)} className="space-y-3" noValidate aria-label="Log an interaction">
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <Field label="Type" htmlFor="interaction-type" error={formState.errors.type?.message}>
        <Select id="interaction-type" {...register("type")}>
          <option value="call">Call</option>
          <option value="email">Email</option>
          <option value="meeting">Meeting</option>
          <option value="note">Note</option>
        </Select>
      </Field>
      <Field label="Notes" htmlFor="interaction-notes" error={formState.errors.notes?.message}>
        <textarea
          id="interaction-notes"
          rows={3}
          {...register("notes")}
          className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm shadow-sm focus:border-brand-500 focus:ring-1 focus:ring-brand-500 focus:outline-none"
        />
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Next action" htmlFor="interaction-next" error={formState.errors.nextAction?.message}>
          <Input id="interaction-next" placeholder="e.g. Send proposal" {...register("nextAction")} />
        </Field>
        <Field label="Due" htmlFor="interaction-due" error={formState.errors.nextActionDate?.message}>
          <Input id="interaction-due" type="date" {...register("nextActionDate")} />
        </Field>
      </div>
      <Button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? "Saving…" : "Add interaction"}
      </Button>
    </form>
  );
}
