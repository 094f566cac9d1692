import { z } from "zod";
import { deleteCustomer } from "@/lib/crm/customers/delete-customer";
import { defineEndpoint } from "@/lib/http/endpoint";
import { suite } from "./dialect";
import { suiteIdParam } from "./suite-id";

export const deleteSuiteCustomer = defineEndpoint({
  dialect: suite,
  method: "DELETE",
  path: "/api/v2/customers/{id}",
  summary: "Delete customer",
  description: "200. A customer with orders, invoices, quotes or transactions is kept: 409 (set it inactive instead), so no financial history is lost.",
  auth: "tenant",
  scope: "write:customers",
  conflict: "The customer has orders, invoices, quotes or transactions.",
  params: z.object({ id: suiteIdParam }),
  response: z.object({ success: z.literal(true), message: z.string(), data: z.object({ id: z.number().int() }) }),
  async handler({ ctx, params }) {
    await deleteCustomer(ctx, { seq: params.id });
    return { success: true as const, message: "Customer deleted", data: { id: params.id } };
  },
});
