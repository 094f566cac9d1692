import { z } from "zod";
import { listCustomerPage } from "@/lib/crm/customers/list-customers";
import { defineEndpoint } from "@/lib/http/endpoint";
import { suiteCustomer, toSuiteCustomer } from "./customer-shape";
import { suite } from "./dialect";

export const listSuiteCustomers = defineEndpoint({
  dialect: suite,
  method: "GET",
  path: "/api/v2/customers",
  summary: "List all customers",
  auth: "tenant",
  scope: "read:customers",
  query: z.object({
    page: z.coerce.number().int().min(1).max(1_000_000).default(1).describe("Page number for pagination"),
    limit: z.coerce.number().int().min(1).max(100).default(20).describe("Results per page (default: 20, at most 100)"),
    search: z.string().max(200).optional().describe("Matches account name, email, phone or company"),
  }),
  response: z.object({
    success: z.literal(true),
    data: z.array(suiteCustomer),
    meta: z.object({ current_page: z.number().int(), total_pages: z.number().int(), total_records: z.number().int() }),
  }),
  async handler({ ctx, query }) {
    const page = await listCustomerPage(ctx, { page: query.page, limit: query.limit, search: query.search });
    return {
      success: true as const,
      data: page.customers.map(toSuiteCustomer),
      meta: { current_page: query.page, total_pages: Math.ceil(page.total / query.limit), total_records: page.total },
    };
  },
});
