import { z } from "zod";
import { deleteCustomer } from "@/lib/crm/customers/delete-customer";
import { defineEndpoint } from "@/lib/http/endpoint";
import { crm } from "./dialect";
import { crmDeleted } from "./wire-types";

export const deleteCrmCustomer = defineEndpoint({
  dialect: crm,
  method: "DELETE",
  path: "/dev/crm/customers/{customerId}",
  summary: "Delete customer",
  description:
    'Delete a customer with its interactions and feedback. Answers 200 `{"message": "Customer deleted", "id": ...}`. A customer with orders, invoices, quotes or transactions is kept (409): financial history is never deleted; set its status to `inactive` instead.',
  auth: "tenant",
  scope: "write:customers",
  conflict: "The customer has orders, invoices, quotes or transactions (set its status to inactive instead).",
  params: z.object({ customerId: z.uuid() }),
  response: crmDeleted,
  async handler({ ctx, params }) {
    const { id } = await deleteCustomer(ctx, { id: params.customerId });
    return { message: "Customer deleted", id };
  },
});
