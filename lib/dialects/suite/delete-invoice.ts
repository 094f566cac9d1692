import { z } from "zod";
import { deleteInvoice } from "@/lib/crm/billing/delete-invoice";
import { defineEndpoint } from "@/lib/http/endpoint";
import { suite } from "./dialect";
import { suiteIdParam } from "./suite-id";

export const deleteSuiteInvoice = defineEndpoint({
  dialect: suite,
  method: "DELETE",
  path: "/api/v2/invoices/{id}",
  summary: "Delete invoice",
  description: "200 while nothing is paid; 409 once a payment is recorded (money on record is never orphaned). A deleted invoice's number is not reused.",
  auth: "tenant",
  scope: "write:billing",
  conflict: "The invoice has payments.",
  params: z.object({ id: suiteIdParam }),
  response: z.object({ success: z.literal(true), message: z.string(), data: z.object({ id: z.number().int(), invoice_number: z.string() }) }),
  async handler({ ctx, params }) {
    const deleted = await deleteInvoice(ctx, { seq: params.id });
    return { success: true as const, message: "Invoice deleted", data: { id: deleted.seq, invoice_number: deleted.number } };
  },
});
