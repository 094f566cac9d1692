"use client";

import { useState, type ReactNode } from "react";
import type { LeadFormInput, LeadFormValues } from "@/lib/crm/leads/lead-form-schema";
import type { ActionResult } from "@/lib/http/action-result";
import { Button } from "../ui/button";
import { LeadForm } from "./lead-form";

/** The lead's details (rendered on the server) with an Edit button that swaps them for the form in place. */
export function LeadEditPanel({
  children,
  initial,
  users,
  save,
  editable,
}: {
  children: ReactNode;
  initial: LeadFormInput;
  users: { id: string; name: string }[];
  save(values: LeadFormValues): Promise<ActionResult<null>>;
  editable: boolean;
}) {
  const [editing, setEditing] = useState(false);
  if (editing) return <LeadForm initial={initial} users={users} save={save} submitLabel="Save changes" onCancel={() => setEditing(false)} />;
  return (
    <div className="space-y-3">
      {children}
      {editable && (
        <Button variant="secondary" onClick={() => setEditing(true)}>
          Edit details
        </Button>
      )}
    </div>
  );
}
