import { z } from "zod";
import { listUsers } from "@/lib/crm/users/list-users";
import { defineEndpoint } from "@/lib/http/endpoint";
import { suite } from "./dialect";
import { listEnvelope, pageFields, toPageMeta } from "./paging";
import { suiteUser, toSuiteUser } from "./user-shape";

export const listSuiteUsers = defineEndpoint({
  dialect: suite,
  method: "GET",
  path: "/api/v2/users",
  summary: "List users",
  description:
    "The workspace's users (never a password or its hash). Needs a key with the manage:users scope (403 otherwise). Roles in the suite's words: administrator, manager, staff, analyst.",
  auth: "tenant",
  scope: "manage:users",
  query: z.object(pageFields),
  response: listEnvelope(suiteUser),
  async handler({ ctx, query }) {
    const users = await listUsers(ctx);
    const start = (query.page - 1) * query.limit;
    return { success: true as const, data: users.slice(start, start + query.limit).map(toSuiteUser), meta: toPageMeta(query.page, query.limit, users.length) };
  },
});
