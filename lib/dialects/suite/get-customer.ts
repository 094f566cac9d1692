import { z } from "zod";
import { getCustomer } from "@/lib/crm/customers/get-customer";
import { defineEndpoint } from "@/lib/http/endpoint";
import { suiteCustomer, toSuiteCustomer } from "./customer-shape";
import { suite } from "./dialect";
import { suiteIdParam } from "./suite-id";

export const getSuiteCustomer = defineEndpoint({
  dialect: suite,
  method: "GET",
  path: "/api/v2/customers/{id}",
  summary: "Get customer",
  auth: "tenant",
  scope: "read:customers",
  params: z.object({ id: suiteIdParam }),
  response: z.object({ success: z.literal(true), data: suiteCustomer }),
  async handler({ ctx, params }) {
    return { success: true as const, data: toSuiteCustomer(await getCustomer(ctx, { seq: params.id })) };
  },
});
