import { z } from "zod";

/** Path parameters of the interaction endpoints: the lead's or customer's list, and one interaction in it. */
export const leadInteractionsParams = z.object({ leadId: z.uuid() });
export const leadInteractionParams = z.object({ leadId: z.uuid(), interactionId: z.uuid() });
export const customerInteractionsParams = z.object({ customerId: z.uuid() });
export const customerInteractionParams = z.object({ customerId: z.uuid(), interactionId: z.uuid() });
