import { z } from "zod";
import { getCustomer } from "@/lib/crm/customers/get-customer";
import { defineEndpoint } from "@/lib/http/endpoint";
import { crmCustomer, toCrmCustomer } from "./customer-shape";
import { crm } from "./dialect";

export const getCrmCustomer = defineEndpoint({
  dialect: crm,
  method: "GET",
  path: "/dev/crm/customers/{customerId}",
  summary: "Get customer",
  description: "Retrieve a specific customer by ID (implied by the seed). Another workspace's id answers 404 like a missing one.",
  auth: "tenant",
  scope: "read:customers",
  params: z.object({ customerId: z.uuid() }),
  response: crmCustomer,
  async handler({ ctx, params }) {
    return toCrmCustomer(await getCustomer(ctx, { id: params.customerId }));
  },
});
