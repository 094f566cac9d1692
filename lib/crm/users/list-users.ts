import { getDb } from "@/lib/db/client";
import type { CrmContext } from "../context";
import { userViewSelect, type UserView } from "./user-view";

export async function listUsers(ctx: CrmContext): Promise<UserView[]> {
  const db = await getDb();
  return db.user.findMany({ where: { tenantId: ctx.tenantId }, orderBy: { seq: "asc" }, select: userViewSelect });
}
