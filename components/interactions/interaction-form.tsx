"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import {
  CUSTOMER_INTERACTION_TYPES,
  customerInteractionForm,
  leadInteractionForm,
  type InteractionFormValues,
} from "@/lib/crm/interactions/interaction-form-schema";
import type { ActionResult } from "@/lib/http/action-result";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field, Input, Select, Textarea } from "../ui/field";
import { INTERACTION_TYPE_LABELS } from "./interaction-type-labels";

type InteractionType = InteractionFormValues["type"];

const FORMS = {
  lead: { schema: leadInteractionForm, types: ["call", "email", "meeting", "note"], withSubject: false },
  customer: { schema: customerInteractionForm, types: CUSTOMER_INTERACTION_TYPES, withSubject: true },
} as const;

/**
 * "Log an interaction" for a lead or a customer: the type, optionally a
 * subject and the day it happened, notes, and the next step with its date.
 * Validated with the page's schema (the one its server action parses again).
 */
export function InteractionForm<Kind extends keyof typeof FORMS>({
  kind,
  add,
  today,
}: {
  /** Which record's interaction: picks the schema, the types and the fields (a schema cannot cross from a server page). */
  kind: Kind;
  add(values: z.infer<(typeof FORMS)[Kind]["schema"]>): Promise<ActionResult<null>>;
  /** The default day (`YYYY-MM-DD`), from the server so both render the same. */
  today?: string;
}) {
  type Values = z.infer<(typeof FORMS)[Kind]["schema"]>;
  const { schema, types, withSubject } = FORMS[kind] as unknown as {
    schema: z.ZodType<Values, InteractionFormValues>;
    types: readonly InteractionType[];
    withSubject: boolean;
  };
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const empty = { subject: "", notes: "", nextAction: "", nextActionDate: "", occurredOn: withSubject ? (today ?? "") : "" };
  const { register, handleSubmit, formState, reset } = useForm<InteractionFormValues, unknown, Values>({
    resolver: zodResolver(schema),
    defaultValues: { type: types[0], ...empty },
  });
  async function onSubmit(values: Values) {
    const result = await add(values);
    if (result.ok) {
      reset({ type: values.type, ...empty });
      setMessage({ tone: "success", text: "Interaction recorded." });
    } else setMessage({ tone: "error", text: result.message });
  }
  const errors = formState.errors;
  return (
    <form onSubmit={handleSubmit(onSubmit)} className="space-y-3" noValidate aria-label="Log an interaction">
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <div className={withSubject ? "grid gap-3 sm:grid-cols-2" : undefined}>
        <Field label="Type" htmlFor="interaction-type" error={errors.type?.message}>
          <Select id="interaction-type" {...register("type")}>
            {types.map((type) => (
              <option key={type} value={type}>
                {INTERACTION_TYPE_LABELS[type]}
              </option>
            ))}
          </Select>
        </Field>
        {withSubject && (
          <Field label="Date" htmlFor="interaction-date" error={errors.occurredOn?.message}>
            <Input id="interaction-date" type="date" {...register("occurredOn")} />
          </Field>
        )}
      </div>
      {withSubject && (
        <Field label="Subject" htmlFor="interaction-subject" error={errors.subject?.message}>
          <Input id="interaction-subject" placeholder="e.g. Quarterly review" {...register("subject")} />
        </Field>
      )}
      <Field label="Notes" htmlFor="interaction-notes" error={errors.notes?.message}>
        <Textarea id="interaction-notes" rows={3} {...register("notes")} />
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Next action" htmlFor="interaction-next" error={errors.nextAction?.message}>
          <Input id="interaction-next" placeholder="e.g. Send proposal" {...register("nextAction")} />
        </Field>
        <Field label="Due" htmlFor="interaction-due" error={errors.nextActionDate?.message}>
          <Input id="interaction-due" type="date" {...register("nextActionDate")} />
        </Field>
      </div>
      <Button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? "Saving…" : "Add interaction"}
      </Button>
    </form>
  );
}
