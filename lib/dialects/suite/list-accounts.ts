import { z } from "zod";
import { listAccounts } from "@/lib/crm/billing/list-accounts";
import { defineEndpoint } from "@/lib/http/endpoint";
import { suiteAccount, toSuiteAccount } from "./account-shape";
import { suite } from "./dialect";
import { listEnvelope, pageFields, toPageMeta } from "./paging";

export const listSuiteAccounts = defineEndpoint({
  dialect: suite,
  method: "GET",
  path: "/api/v2/accounts",
  summary: "List accounts",
  description: 'Money accounts transactions are booked to. Every workspace starts with account 1 ("Main account").',
  auth: "tenant",
  scope: "read:billing",
  query: z.object(pageFields),
  response: listEnvelope(suiteAccount),
  async handler({ ctx, query }) {
    const page = await listAccounts(ctx, query);
    return { success: true as const, data: page.accounts.map(toSuiteAccount), meta: toPageMeta(query.page, query.limit, page.total) };
  },
});
