import { getDb } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { Conflict, NotFound, ValidationFailed } from "../errors";
import { isUuid } from "../uuid";
import { userViewSelect, type UserView } from "./user-view";

export interface UserChanges {
  role?: Role;
  active?: boolean;
}

/**
 * Changes a user's role or deactivates/reactivates them. The tenant always
 * keeps one active admin, so nobody can lock everyone out, and a signed-in
 * user cannot deactivate themselves (checked on the row found, so any
 * spelling of their own id is caught).
 */
export async function updateUser(ctx: CrmContext, userId: string, changes: UserChanges): Promise<UserView> {
  if (!isUuid(userId)) throw new NotFound("User");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const user = await tx.user.findFirst({ where: { id: userId, tenantId: ctx.tenantId }, select: userViewSelect });
    if (!user) throw new NotFound("User");
    if (changes.active === false && ctx.actor.type === "user" && ctx.actor.id === user.id) {
      throw new ValidationFailed([{ field: "active", message: "You cannot deactivate yourself" }]);
    }
    const losesAdmin = user.role === "admin" && user.active && ((changes.role && changes.role !== "admin") || changes.active === false);
    if (losesAdmin) {
      // Lock the tenant's admins so two concurrent demotions cannot both pass the check.
      const admins = await tx.$queryRaw<{ id: string }[]>`
        SELECT "id" FROM "User" WHERE "tenantId" = ${ctx.tenantId}::uuid AND "role" = 'admin' AND "active" FOR UPDATE`;
      if (admins.length <= 1) throw new Conflict("The workspace must keep at least one active admin", "role");
    }
    const updated = await tx.user.update({ where: { id: user.id }, data: changes, select: userViewSelect });
    await recordAudit(tx, ctx, { action: "user.updated", entityType: "user", entityId: user.id, data: { ...changes } });
    return updated;
  });
}
