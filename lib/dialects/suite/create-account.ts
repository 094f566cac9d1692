import { z } from "zod";
import { createAccount } from "@/lib/crm/billing/create-account";
import { defineEndpoint } from "@/lib/http/endpoint";
import { suiteAccount, toSuiteAccount } from "./account-shape";
import { suite } from "./dialect";
import { itemEnvelope } from "./paging";

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
