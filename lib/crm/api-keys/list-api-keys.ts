import { getDb } from "@/lib/db/client";
import type { CrmContext } from "../context";
import { apiKeyViewSelect, type ApiKeyView } from "./api-key-view";

/** Active keys first, newest first. */
export async function listApiKeys(ctx: CrmContext): Promise<ApiKeyView[]> {
  const db = await getDb();
  return db.apiKey.findMany({
    where: { tenantId: ctx.tenantId },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: apiKeyViewSelect,
  });
}
