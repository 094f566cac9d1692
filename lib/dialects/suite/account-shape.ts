import { z } from "zod";
import type { AccountRecord } from "@/lib/crm/billing/account-record";

export const suiteAccount = z.object({ id: z.number().int(), name: z.string(), type: z.string(), currency: z.string(), created_at: z.string() });
export const toSuiteAccount = (a: AccountRecord) => ({ id: a.seq, name: a.name, type: a.kind, currency: a.currency, created_at: a.createdAt.toISOString() });
