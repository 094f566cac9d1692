import { z } from "zod";
import { listDepartments } from "@/lib/crm/tickets/list-departments";
import { defineEndpoint } from "@/lib/http/endpoint";
import { suite } from "./dialect";
import { listEnvelope, pageFields, toPageMeta } from "./paging";

export const listSuiteDepartments = defineEndpoint({
  dialect: suite,
  method: "GET",
  path: "/api/v2/departments",
  summary: "List departments",
  description: "Every workspace starts with 1 Support, 2 Billing and 3 Sales.",
  auth: "tenant",
  scope: "read:support",
  query: z.object(pageFields),
  response: listEnvelope(z.object({ id: z.number().int(), name: z.string(), email: z.string().nullable(), created_at: z.string() })),
  async handler({ ctx, query }) {
    const page = await listDepartments(ctx, query);
    return {
      success: true as const,
      data: page.departments.map((d) => ({ id: d.seq, name: d.name, email: d.email, created_at: d.createdAt.toISOString() })),
      meta: toPageMeta(query.page, query.limit, page.total),
    };
  },
});
