"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Select, Textarea } from "@/components/ui/field";
import { ticketReplyForm, type TicketReplyFormValues } from "@/lib/crm/tickets/ticket-schema";
import type { ActionResult } from "@/lib/http/action-result";

/** Write a reply (Ctrl/⌘+Enter sends) and optionally move the ticket to pending or closed with it. */
export function TicketReplyForm({ reply, closed }: { reply(values: TicketReplyFormValues): Promise<ActionResult<null>>; closed: boolean }) {
  const router = useRouter();
  const [message, setMessage] = useState<string>();
  const { register, handleSubmit, formState, reset } = useForm<TicketReplyFormValues>({
    resolver: zodResolver(ticketReplyForm),
    defaultValues: { message: "", status: "" },
  });
  const submit = handleSubmit(async (values) => {
    setMessage(undefined);
    const result = await reply(values);
    if (!result.ok) return setMessage(result.fields?.message ?? result.message);
    reset();
    router.refresh();
  });
  return (
    <form onSubmit={submit} className="space-y-3" noValidate aria-label="Reply">
      {message && <Alert>{message}</Alert>}
      <label htmlFor="ticket-reply" className="sr-only">
        Reply
      </label>
      <Textarea
        id="ticket-reply"
        rows={4}
        placeholder={closed ? "Replying keeps the ticket closed unless you reopen it below" : "Write your reply to the customer…"}
        {...register("message")}
        onKeyDown={(event) => {
          if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) void submit();
        }}
        aria-invalid={Boolean(formState.errors.message)}
      />
      {formState.errors.message && (
        <p role="alert" className="text-sm text-red-600">
          {formState.errors.message.message}
        </p>
      )}
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
        <label className="flex items-center gap-2 text-sm text-slate-600" htmlFor="ticket-reply-status">
          Then
          <Select id="ticket-reply-status" {...register("status")} className="w-auto">
            <option value="">keep the status</option>
            <option value="open">mark open</option>
            <option value="pending">mark pending (waiting on the customer)</option>
            <option value="closed">close the ticket</option>
          </Select>
        </label>
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Sending…" : "Send reply"}
        </Button>
      </div>
    </form>
  );
}
