"use client";

import { useState, type ReactNode } from "react";
import type { CustomerFormValues } from "@/lib/crm/customers/customer-schema";
import type { ActionResult } from "@/lib/http/action-result";
import { Button } from "../ui/button";
import { CustomerForm } from "./customer-form";

/** The customer's details (rendered on the server) with an Edit button that swaps them for the form. */
export function CustomerEditPanel({
  children,
  initial,
  users,
  save,
  editable,
}: {
  children: ReactNode;
  initial: CustomerFormValues;
  users: { id: string; name: string }[];
  save(values: CustomerFormValues): Promise<ActionResult<null>>;
  editable: boolean;
}) {
  const [editing, setEditing] = useState(false);
  if (editing) return <CustomerForm initial={initial} users={users} save={save} submitLabel="Save changes" onCancel={() => setEditing(false)} />;
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
