"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { TICKET_PRIORITIES, TICKET_STATUSES } from "@/lib/crm/tickets/ticket-fields";
import { TICKET_PRIORITY_LABELS, TICKET_STATUS_LABELS, ticketTriageForm, type TicketTriageFormValues } from "@/lib/crm/tickets/ticket-schema";
import type { ActionResult } from "@/lib/http/action-result";

/** Status, priority, department and assignee in one small form. */
export function TicketTriageForm({
  initial,
  departments,
  users,
  save,
  readOnly,
}: {
  initial: TicketTriageFormValues;
  departments: { seq: number; name: string }[];
  users: { seq: number; name: string }[];
  save(values: TicketTriageFormValues): Promise<ActionResult<null>>;
  readOnly: boolean;
}) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string }>();
  const { register, handleSubmit, formState } = useForm<TicketTriageFormValues>({ resolver: zodResolver(ticketTriageForm), defaultValues: initial });
  return (
    <form
      className="space-y-3"
      aria-label="Ticket details"
      onSubmit={handleSubmit(async (values) => {
        const result = await save(values);
        setMessage(result.ok ? { tone: "success", text: "Saved." } : { tone: "error", text: result.message });
        if (result.ok) router.refresh();
      })}
    >
      <fieldset disabled={readOnly} className="space-y-3">
        <Field label="Status" htmlFor="triage-status">
          <Select id="triage-status" {...register("status")}>
            {TICKET_STATUSES.map((s) => (
              <option key={s} value={s}>
                {TICKET_STATUS_LABELS[s]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Priority" htmlFor="triage-priority">
          <Select id="triage-priority" {...register("priority")}>
            {TICKET_PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {TICKET_PRIORITY_LABELS[p]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Department" htmlFor="triage-department">
          <Select id="triage-department" {...register("departmentSeq")}>
            <option value="">None</option>
            {departments.map((d) => (
              <option key={d.seq} value={d.seq}>
                {d.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Assignee" htmlFor="triage-assignee">
          <Select id="triage-assignee" {...register("assigneeSeq")}>
            <option value="">Unassigned</option>
            {users.map((u) => (
              <option key={u.seq} value={u.seq}>
                {u.name}
              </option>
            ))}
          </Select>
        </Field>
        {!readOnly && (
          <Button type="submit" variant="secondary" disabled={formState.isSubmitting} className="w-full">
            {formState.isSubmitting ? "Saving…" : "Save changes"}
          </Button>
        )}
      </fieldset>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
    </form>
  );
}
