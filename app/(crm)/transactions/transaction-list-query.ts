import { z } from "zod";
import { dayText } from "@/lib/crm/billing/decimal-text";

const seq = z.coerce.number().int().positive().max(1_000_000_000);

/** The /transactions filters from the URL; anything unreadable is ignored. */
export const transactionListQuery = z.object({
  type: z.enum(["income", "expense"]).optional().catch(undefined),
  account: seq.optional().catch(undefined),
  category: seq.optional().catch(undefined),
  from: dayText().optional().catch(undefined),
  to: dayText().optional().catch(undefined),
  cursor: z.string().max(200).optional().catch(undefined),
  /** Set after a delete: the page says so once. */
  deleted: seq.optional().catch(undefined),
});
