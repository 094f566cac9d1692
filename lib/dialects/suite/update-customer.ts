import { z } from "zod";
import { updateCustomer } from "@/lib/crm/customers/update-customer";
import { defineEndpoint } from "@/lib/http/endpoint";
import { suiteCustomer, toSuiteCustomer } from "./customer-shape";
import { suiteCustomerFields, toCustomerFields } from "./customer-fields";
import { suite } from "./dialect";
import { itemEnvelope } from "./paging";
import { suiteIdParam } from "./suite-id";

export const updateSuiteCustomer = defineEndpoint({
  dialect: suite,
  method: "PUT",
  path: "/api/v2/customers/{id}",
  summary: "Update customer",
  description: "Changes the fields given (others stay; `null` clears an optional one), under the same rules as creation.",
  auth: "tenant",
  scope: "write:customers",
  conflict: "Another customer of the workspace has this email (`errors.email`).",
  params: z.object({ id: suiteIdParam }),
  body: suiteCustomerFields.partial(),
  response: itemEnvelope(suiteCustomer),
  async handler({ ctx, params, body }) {
    return { success: true as const, data: toSuiteCustomer(await updateCustomer(ctx, { seq: params.id }, toCustomerFields(body))) };
  },
});
