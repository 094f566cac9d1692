import { z } from "zod";
import type { CallView } from "@/lib/crm/calls/call-view";

export const ribbonCustomerData = z.object({ customerId: z.string().optional(), name: z.string().optional() });

/** A call in the seed's shape (recentCalls, activeCalls, customer calls). */
export const ribbonCall = z.object({
  sessionId: z.string(),
  clientId: z.string(),
  startTime: z.string(),
  endTime: z.string().nullable(),
  duration: z.number().int().nullable(),
  phoneNumber: z.string().nullable(),
  callDirection: z.enum(["inbound", "outbound"]).nullable(),
  customerData: ribbonCustomerData,
  status: z.enum(["active", "completed", "missed"]),
});
export type RibbonCall = z.infer<typeof ribbonCall>;

/** `customerData` is `{}` for a call with no customer, so `call.customerData.name` never throws in a client. */
export function toCustomerData(call: CallView): z.infer<typeof ribbonCustomerData> {
  if (!call.customer) return {};
  return { ...(call.customer.customerId !== null ? { customerId: call.customer.customerId } : {}), name: call.customer.name };
}

export function toRibbonCall(call: CallView, clientId: string): RibbonCall {
  return {
    sessionId: call.sessionId,
    clientId,
    startTime: call.startTime.toISOString(),
    endTime: call.endTime?.toISOString() ?? null,
    duration: call.duration,
    phoneNumber: call.phoneNumber,
    callDirection: call.callDirection,
    customerData: toCustomerData(call),
    status: call.status,
  };
}
