import type { Prisma } from "@/lib/db/client";
import type { CrmContext } from "../context";
import { isUuid } from "../uuid";

/**
 * The tenant's users and campaigns, loaded once per import so rows can name
 * an owner by id or email and a campaign by id or name without a query per row.
 */
export interface ImportRefs {
  user(value: string): string | undefined;
  campaign(value: string): string | undefined;
}

export async function loadImportRefs(db: Prisma.TransactionClient, ctx: CrmContext): Promise<ImportRefs> {
  const users = await db.user.findMany({ where: { tenantId: ctx.tenantId }, select: { id: true, email: true } });
  const campaigns = await db.campaign.findMany({ where: { tenantId: ctx.tenantId }, select: { id: true, name: true } });
  const userKeys = new Map<string, string>();
  for (const u of users) {
    userKeys.set(u.id, u.id);
    userKeys.set(u.email.toLowerCase(), u.id);
  }
  const campaignKeys = new Map<string, string>();
  for (const c of campaigns) {
    campaignKeys.set(c.id, c.id);
    campaignKeys.set(c.name.trim().toLowerCase(), c.id);
  }
  const find = (keys: Map<string, string>, value: string) => keys.get(isUuid(value) ? value.toLowerCase() : value.trim().toLowerCase());
  return { user: (v) => find(userKeys, v), campaign: (v) => find(campaignKeys, v) };
}
