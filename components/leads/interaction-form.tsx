"use client";

import { leadInteractionForm, type LeadInteractionFormValues } from "@/lib/crm/interactions/interaction-form-schema";
import type { ActionResult } from "@/lib/http/action-result";
import { InteractionForm as SharedInteractionForm } from "../interactions/interaction-form";

const LEAD_TYPES = ["call", "email", "meeting", "note"] as const;

/** Log a call, email, meeting or note on a lead, with the next step and its date. */
export function InteractionForm({ add }: { add(values: LeadInteractionFormValues): Promise<ActionResult<null>> }) {
  return <SharedInteractionForm schema={leadInteractionForm} types={LEAD_TYPES} add={add} />;
}
