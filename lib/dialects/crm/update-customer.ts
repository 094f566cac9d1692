import { z } from "zod";
import { updateCustomer } from "@/lib/crm/customers/update-customer";
import { defineEndpoint } from "@/lib/http/endpoint";
import { crmCustomerUpdateBody, toCustomerFields } from "./customer-body";
import { crmCustomer, toCrmCustomer } from "./customer-shape";
import { crm } from "./dialect";

export const updateCrmCustomer = defineEndpoint({
  dialect: crm,
  method: "PUT",
  path: "/dev/crm/customers/{customerId}",
  summary: "Update customer",
  description:
    "Partial update: only the fields sent change (`null` clears an optional field; an empty body is a 400). Same rules as creation: another customer's email answers 409. Answers the whole customer.",
  auth: "tenant",
  scope: "write:customers",
  conflict: "Another customer of the workspace has this email.",
  params: z.object({ customerId: z.uuid() }),
  body: crmCustomerUpdateBody,
  response: crmCustomer,
  async handler({ ctx, params, body }) {
    return toCrmCustomer(await updateCustomer(ctx, { id: params.customerId }, toCustomerFields(body)));
  },
});
