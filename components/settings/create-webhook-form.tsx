"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import type { ActionResult } from "@/lib/http/action-result";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field, Input } from "../ui/field";
import { SecretReveal } from "./secret-reveal";

const schema = z.object({
  url: z
    .string()
    .trim()
    .min(1, "Enter the URL to send events to")
    .refine((value) => /^https?:\/\/[^\s/]+/i.test(value), "Must be an absolute http or https URL"),
  description: z.string().trim().max(200).optional(),
  events: z.array(z.string()).min(1, "Choose at least one event"),
});
type Values = z.infer<typeof schema>;

interface Props {
  events: { value: string; label: string }[];
  create(input: Values): Promise<ActionResult<{ secret: string; url: string }>>;
}

/** Registers a webhook and shows its signing secret once. */
export function CreateWebhookForm({ events, create }: Props) {
  const [created, setCreated] = useState<{ secret: string; url: string } | null>(null);
  const [error, setError] = useState<string>();
  const {
    register,
    handleSubmit,
    formState,
    reset,
    setError: setFieldError,
  } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { url: "", description: "", events: [] },
  });

  async function onSubmit(values: Values) {
    setError(undefined);
    const result = await create(values);
    if (!result.ok) {
      const fields = result.fields ?? {};
      if (fields.url) setFieldError("url", { message: fields.url });
      if (fields.events) setFieldError("events", { message: fields.events });
      if (!fields.url && !fields.events) setError(result.message);
      return;
    }
    setCreated(result.data);
    reset();
  }

  return (
    <div className="space-y-4">
      {created && (
        <SecretReveal title={`Webhook for ${created.url} created. Copy its signing secret now: it will not be shown again.`} secret={created.secret} />
      )}
      {error && <Alert>{error}</Alert>}
      <form onSubmit={handleSubmit(onSubmit)} className="space-y-4" noValidate>
        <Field label="Endpoint URL" htmlFor="webhook-url" error={formState.errors.url?.message}>
          <Input id="webhook-url" type="url" inputMode="url" placeholder="https://your-domain.com/webhook" {...register("url")} />
        </Field>
        <Field label="Description (optional)" htmlFor="webhook-description" error={formState.errors.description?.message}>
          <Input id="webhook-description" placeholder="e.g. Billing system" {...register("description")} />
        </Field>
        <fieldset>
          <legend className="text-sm font-medium text-slate-700">Events</legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-2 2xl:grid-cols-1">
            {events.map((event) => (
              <label key={event.value} className="flex items-start gap-2 text-sm text-slate-700">
                <input type="checkbox" value={event.value} className="mt-0.5" {...register("events")} />
                <span>
                  <code className="text-xs">{event.value}</code>
                  <span className="block text-xs text-slate-500">{event.label}</span>
                </span>
              </label>
            ))}
          </div>
          {formState.errors.events?.message && (
            <p role="alert" className="mt-1 text-sm text-red-600">
              {formState.errors.events.message}
            </p>
          )}
        </fieldset>
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Adding…" : "Add webhook"}
        </Button>
      </form>
    </div>
  );
}
