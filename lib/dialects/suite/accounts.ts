import { z } from "zod";
import { createAccount, listAccounts, type AccountRecord } from "@/lib/crm/billing/accounts";
import { defineEndpoint } from "@/lib/http/endpoint";
import { suite } from "./dialect";
import { itemEnvelope, listEnvelope, pageFields, toPageMeta } from "./paging";

export const suiteAccount = z.object({ id: z.number().int(), name: z.string(), type: z.string(), currency: z.string(), created_at: z.string() });
const toSuiteAccount = (a: AccountRecord) => ({ id: a.seq, name: a.name, type: a.kind, currency: a.currency, created_at: a.createdAt.toISOString() });

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

export const createSuiteAccount = defineEndpoint({
  dialect: suite,
  method: "POST",
  path: "/api/v2/accounts",
  summary: "Create account",
  description: "201. `type` is free text (bank, cash, card…; default bank); `currency` a 3-letter code (default USD).",
  auth: "tenant",
  scope: "write:billing",
  body: z.object({
    name: z.string({ error: "Name is required" }).trim().min(1, "Name is required").max(200),
    type: z.string().trim().max(50).optional(),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, "Currency must be a 3-letter code")
      .optional(),
  }),
  response: itemEnvelope(suiteAccount),
  status: 201,
  async handler({ ctx, body }) {
    return { success: true as const, data: toSuiteAccount(await createAccount(ctx, { name: body.name, kind: body.type, currency: body.currency })) };
  },
});
