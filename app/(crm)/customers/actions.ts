"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requirePermission } from "@/lib/auth/current-user";
import { createCustomer } from "@/lib/crm/customers/create-customer";
import { customerFieldsFromForm, customerFormSchema } from "@/lib/crm/customers/customer-schema";
import { updateCustomer } from "@/lib/crm/customers/update-customer";
import { requestFeedback } from "@/lib/crm/feedback/request-feedback";
import { ValidationFailed } from "@/lib/crm/errors";
import { createInteraction } from "@/lib/crm/interactions/create-interaction";
import { customerInteractionForm, formDay } from "@/lib/crm/interactions/interaction-form-schema";
import { runAction, type ActionResult } from "@/lib/http/action-result";

/** "New customer": the same createCustomer as every API (a taken email comes back as the email field's error). */
export async function createCustomerAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const { ctx } = await requirePermission("editRecords");
    const customer = await createCustomer(ctx, customerFieldsFromForm(customerFormSchema.parse(input)));
    revalidatePath("/customers");
    return { id: customer.id };
  });
}

/** Saves the edit form: every field of the form is sent, so empty ones are cleared. */
export async function updateCustomerAction(customerId: string, input: unknown): Promise<ActionResult<null>> {
  return runAction(async () => {
    const { ctx } = await requirePermission("editRecords");
    await updateCustomer(ctx, { id: z.uuid().parse(customerId) }, customerFieldsFromForm(customerFormSchema.parse(input)));
    revalidatePath(`/customers/${customerId}`);
    return null;
  });
}

/** Logs an email, call, meeting, support contact, purchase or other touch (the API's customer interaction). */
export async function addCustomerInteractionAction(customerId: string, input: unknown): Promise<ActionResult<null>> {
  return runAction(async () => {
    const { ctx } = await requirePermission("editRecords");
    const values = customerInteractionForm.parse(input);
    const now = new Date();
    if (values.occurredOn > now.toISOString().slice(0, 10)) {
      throw new ValidationFailed([{ field: "occurredOn", message: "Log what happened: the date cannot be in the future (use Next action for plans)" }]);
    }
    // A day without a time: noon UTC, or now when noon of today has not come yet (health counts only what has happened).
    const noon = formDay(values.occurredOn, "12:00:00")!;
    await createInteraction(
      ctx,
      { customerId: z.uuid().parse(customerId) },
      {
        type: values.type,
        subject: values.subject,
        notes: values.notes || null,
        occurredAt: noon > now ? now : noon,
        nextAction: values.nextAction || null,
        nextActionDate: formDay(values.nextActionDate),
      },
    );
    revalidatePath(`/customers/${customerId}`);
    return null;
  });
}

/** Asks the customer for feedback: a one-time response link (an open request is reused, never doubled). */
export async function requestFeedbackAction(customerId: string): Promise<ActionResult<{ responsePath: string; created: boolean }>> {
  return runAction(async () => {
    const { ctx } = await requirePermission("editRecords");
    const result = await requestFeedback(ctx, z.uuid().parse(customerId));
    revalidatePath(`/customers/${customerId}`);
    return { responsePath: result.responsePath, created: result.created };
  });
}
