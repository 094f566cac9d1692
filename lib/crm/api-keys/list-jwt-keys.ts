import { getDb } from "@/lib/db/client";
import type { CrmContext } from "../context";
import { jwtKeyViewSelect, toJwtKeyView, type JwtKeyView } from "./jwt-key-view";

/** The workspace's JWT verification keys: active first, newest first. */
export async function listJwtKeys(ctx: CrmContext): Promise<JwtKeyView[]> {
  const db = await getDb();
  const rows = await db.jwtKey.findMany({
    where: { tenantId: ctx.tenantId },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: jwtKeyViewSelect,
  });
  return rows.map(toJwtKeyView);
}
