"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { addDays, addHours, format, setHours, startOfHour } from "date-fns";
import { useForm } from "react-hook-form";
import { z } from "zod";
import type { ActionResult } from "@/lib/http/action-result";
import { Button } from "../ui/button";
import { Field, Input } from "../ui/field";

// The browser's local date and time (what <input type="datetime-local"> holds); the server gets it as an ISO instant.
const LOCAL = "yyyy-MM-dd'T'HH:mm";
const schema = z.object({
  scheduledFor: z
    .string()
    .min(1, "Pick a date and time")
    .refine((v) => !Number.isNaN(new Date(v).getTime()), "Pick a date and time")
    .refine((v) => new Date(v).getTime() > Date.now() - 60_000, "Pick a time from now on"),
});
type Values = z.infer<typeof schema>;

/** Moves a queued call to another time (counting an attempt); quick picks for the usual "later today" and "tomorrow morning". */
export function RescheduleForm({
  id,
  reschedule,
  onDone,
  onCancel,
}: {
  id: string;
  reschedule(input: { scheduledFor: string }): Promise<ActionResult<{ scheduledFor: string; attempts: number }>>;
  onDone(): void;
  onCancel(): void;
}) {
  const { register, handleSubmit, formState, setError, setValue } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { scheduledFor: format(addHours(startOfHour(new Date()), 2), LOCAL) },
  });
  const pick = (at: Date) => setValue("scheduledFor", format(at, LOCAL), { shouldValidate: true });

  async function onSubmit(values: Values) {
    const result = await reschedule({ scheduledFor: new Date(values.scheduledFor).toISOString() });
    if (!result.ok) {
      setError("scheduledFor", { message: result.fields?.scheduledFor ?? result.message });
      return;
    }
    onDone();
  }

  return (
    <form
      onSubmit={handleSubmit(onSubmit)}
      noValidate
      className="space-y-3 rounded-md border border-slate-200 bg-slate-50 p-3"
      data-testid={`reschedule-form-${id}`}
    >
      <Field label="Call again at (your local time)" htmlFor={`reschedule-${id}`} error={formState.errors.scheduledFor?.message}>
        <Input id={`reschedule-${id}`} type="datetime-local" {...register("scheduledFor")} />
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="ghost" className="px-2 py-1 text-xs" onClick={() => pick(addHours(new Date(), 1))}>
          In 1 hour
        </Button>
        <Button type="button" variant="ghost" className="px-2 py-1 text-xs" onClick={() => pick(setHours(startOfHour(addDays(new Date(), 1)), 9))}>
          Tomorrow 9:00
        </Button>
      </div>
      <div className="flex gap-2">
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Saving…" : "Reschedule"}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          Keep
        </Button>
      </div>
    </form>
  );
}
