import { createCustomer } from "@/lib/crm/customers/create-customer";
import { defineEndpoint } from "@/lib/http/endpoint";
import { crmCustomerCreateBody, toNewCustomer } from "./customer-body";
import { crmCustomer, toCrmCustomer } from "./customer-shape";
import { crm } from "./dialect";

export const createCrmCustomer = defineEndpoint({
  dialect: crm,
  method: "POST",
  path: "/dev/crm/customers",
  summary: "Create customer",
  description:
    "Create a new customer. Required: `name`, `email`. `lead_id` and `assigned_to` must be this workspace's lead and user (400 otherwise). " +
    "An email is one customer's per workspace: a second customer with it answers 409. `credit_limit` is a number or decimal string ≥ 0 (2 decimals), answered as an exact decimal string. " +
    "`notes` is accepted too (the seed's update example sends it). Answers 201 with the customer.",
  auth: "tenant",
  scope: "write:customers",
  conflict: "The workspace already has a customer with this email.",
  body: crmCustomerCreateBody,
  response: crmCustomer,
  status: 201,
  async handler({ ctx, body }) {
    return toCrmCustomer(await createCustomer(ctx, toNewCustomer(body)));
  },
});
