import { getDb } from "@/lib/db/client";
import type { CrmContext } from "../context";

export interface LeadTypeView {
  id: string;
  name: string;
  description: string | null;
  active: boolean;
  /** Names of the active subtypes. */
  subtypes: string[];
  /** Every subtype, disabled ones included (the settings page). */
  subtypeList: { id: string; name: string; active: boolean }[];
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
      subtypes: { orderBy: { name: "asc" }, select: { id: true, name: true, active: true } },
      _count: { select: { scheduledCalls: { where: { status: "scheduled" } } } },
    },
  });
  return types.map((t) => ({
    id: t.id,
    name: t.name,
    description: t.description,
    active: t.active,
    subtypes: t.subtypes.filter((s) => s.active).map((s) => s.name),
    subtypeList: t.subtypes,
    scheduledCalls: t._count.scheduledCalls,
  }));
}
