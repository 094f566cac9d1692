import { z } from "zod";
import type { CategoryRecord } from "@/lib/crm/billing/category-record";

export const suiteCategory = z.object({ id: z.number().int(), name: z.string(), type: z.enum(["Income", "Expense"]), created_at: z.string() });
export const toSuiteCategory = (c: CategoryRecord) => ({
  id: c.seq,
  name: c.name,
  type: c.type === "income" ? ("Income" as const) : ("Expense" as const),
  created_at: c.createdAt.toISOString(),
});
