import { createCustomer } from "@/lib/crm/customers/create-customer";
import { defineEndpoint } from "@/lib/http/endpoint";
import { suiteCustomer, toSuiteCustomer } from "./customer-shape";
import { suiteCustomerFields, toCustomerFields } from "./customer-fields";
import { suite } from "./dialect";
import { itemEnvelope } from "./paging";

export const createSuiteCustomer = defineEndpoint({
  dialect: suite,
  method: "POST",
  path: "/api/v2/customers",
  summary: "Create customer",
  description:
    "201. The same customers as /dev/crm/customers and the ribbon's. `account` is the name; an email belongs to one customer of the workspace (409 with `errors.email` otherwise). Records `customer.created`.",
  auth: "tenant",
  scope: "write:customers",
  conflict: "The workspace already has a customer with this email (`errors.email`).",
  body: suiteCustomerFields,
  response: itemEnvelope(suiteCustomer),
  status: 201,
  async handler({ ctx, body }) {
    const customer = await createCustomer(ctx, { ...toCustomerFields(body), name: body.account });
    return { success: true as const, data: toSuiteCustomer(customer) };
  },
});
