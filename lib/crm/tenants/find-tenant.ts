import { getDb } from "@/lib/db/client";

export interface TenantSummary {
  id: string;
  clientId: string;
  name: string;
}

export async function findTenantByClientId(clientId: string): Promise<TenantSummary | null> {
  const db = await getDb();
  return db.tenant.findUnique({ where: { clientId }, select: { id: true, clientId: true, name: true } });
}
