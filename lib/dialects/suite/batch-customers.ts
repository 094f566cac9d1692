import { z } from "zod";
import { MAX_CUSTOMER_BATCH, createCustomersBatch } from "@/lib/crm/customers/create-customers-batch";
import { defineEndpoint } from "@/lib/http/endpoint";
import { suiteCustomer, toSuiteCustomer } from "./customer-shape";
import { suiteCustomerFields, toCustomerFields } from "./customer-fields";
import { suite } from "./dialect";

export const batchSuiteCustomers = defineEndpoint({
  dialect: suite,
  method: "POST",
  path: "/api/v2/batch/customers",
  summary: "Batch create customers",
  description: `201. All or nothing, in one transaction: up to ${MAX_CUSTOMER_BATCH} customers; one invalid item (bad field, or an email already taken, also earlier in the same batch) answers 400 naming it as \`customers.<index>.<field>\` and stores nothing. Created customers come back in input order with their ids.`,
  auth: "tenant",
  scope: "write:customers",
  body: z.object({
    customers: z
      .array(suiteCustomerFields, { error: "Customers must be a list" })
      .min(1, "At least one customer is required")
      .max(MAX_CUSTOMER_BATCH, `At most ${MAX_CUSTOMER_BATCH} customers per batch`),
  }),
  response: z.object({ success: z.literal(true), message: z.string(), data: z.array(suiteCustomer) }),
  status: 201,
  async handler({ ctx, body }) {
    const created = await createCustomersBatch(
      ctx,
      body.customers.map((c) => ({ ...toCustomerFields(c), name: c.account })),
    );
    return { success: true as const, message: `${created.length} customers created`, data: created.map(toSuiteCustomer) };
  },
});
