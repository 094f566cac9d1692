import { getDb } from "@/lib/db/client";
import { ownerScope } from "../access/access";
import type { CrmContext } from "../context";

export interface CustomerOption {
  id: string;
  name: string;
  email: string | null;
  company: string | null;
}

/**
 * A few customers whose name, company or email contains `term`, for pickers
 * (search as you type): the ones this actor may see, at most `limit`, by name.
 * The trigram indexes of the customer search serve the ILIKE.
 */
export async function searchCustomerOptions(ctx: CrmContext, term: string, limit = 10): Promise<CustomerOption[]> {
  const db = await getDb();
  const text = term.trim().slice(0, 100);
  return db.customer.findMany({
    where: {
      tenantId: ctx.tenantId,
      AND: [
        ownerScope(ctx),
        text
          ? {
              OR: [
                { name: { contains: text, mode: "insensitive" } },
                { company: { contains: text, mode: "insensitive" } },
                { email: { contains: text, mode: "insensitive" } },
              ],
            }
          : {},
      ],
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: limit,
    select: { id: true, name: true, email: true, company: true },
  });
}
