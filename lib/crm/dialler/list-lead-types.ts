import { getDb } from "@/lib/db/client";
import type { CrmContext } from "../context";

export interface LeadTypeView {
  id: string;
  name: string;
  description: string | null;
  active: boolean;
  subtypes: string[];
  /** Calls still waiting to be dialled for this type. */
  scheduledCalls: number;
}

/** The tenant's dialler lead types with their subtypes, by name. */
export async function listLeadTypes(ctx: CrmContext): Promise<LeadTypeView[]> {
  const db = await getDb();
  const types = await db.leadType.findMany({
    where: { tenantId: ctx.tenantId },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      description: true,
      active: true,
      subtypes: { orderBy: { name: "asc" }, select: { name: true } },
      _count: { select: { scheduledCalls: { where: { status: "scheduled" } } } },
    },
  });
  return types.map((t) => ({
    id: t.id,
    name: t.name,
    description: t.description,
    active: t.active,
    subtypes: t.subtypes.map((s) => s.name),
    scheduledCalls: t._count.scheduledCalls,
  }));
}
