"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requirePermission } from "@/lib/auth/current-user";
import { createInteraction } from "@/lib/crm/interactions/create-interaction";
import { convertLead } from "@/lib/crm/leads/convert-lead";
import { leadFieldsFromForm, leadFormSchema } from "@/lib/crm/leads/lead-form-schema";
import { updateLead } from "@/lib/crm/leads/update-lead";
import { runAction, type ActionResult } from "@/lib/http/action-result";
import { leadInteractionForm } from "@/lib/crm/interactions/interaction-form-schema";

/** Records a call, email, meeting or note on the lead (the same createInteraction the API uses). */
export async function addLeadInteractionAction(leadId: string, input: unknown): Promise<ActionResult<null>> {
  return runAction(async () => {
    const { ctx } = await requirePermission("editRecords");
    const values = leadInteractionForm.parse(input);
    await createInteraction(
      ctx,
      { leadId: z.uuid().parse(leadId) },
      {
        type: values.type,
        notes: values.notes || null,
        nextAction: values.nextAction || null,
        nextActionDate: values.nextActionDate ? new Date(`${values.nextActionDate}T09:00:00Z`) : null,
      },
    );
    revalidatePath(`/leads/${leadId}`);
    return null;
  });
}

/** Converts the lead into a customer, once (the API's convertLead: a second call answers the same customer). */
export async function convertLeadAction(leadId: string): Promise<ActionResult<{ customerId: string }>> {
  return runAction(async () => {
    const { ctx } = await requirePermission("editRecords");
    const conversion = await convertLead(ctx, z.uuid().parse(leadId));
    revalidatePath(`/leads/${leadId}`);
    return { customerId: conversion.customerId };
  });
}

/** Saves the inline edit: every field of the form is sent (empty ones clear), through the API's updateLead (a status change records its event). */
export async function updateLeadAction(leadId: string, input: unknown): Promise<ActionResult<null>> {
  return runAction(async () => {
    const { ctx } = await requirePermission("editRecords");
    await updateLead(ctx, z.uuid().parse(leadId), leadFieldsFromForm(leadFormSchema.parse(input)));
    revalidatePath(`/leads/${leadId}`);
    return null;
  });
}
