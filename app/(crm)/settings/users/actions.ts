"use server";

import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/current-user";
import { ROLES, type Role } from "@/lib/auth/roles";
import { ValidationFailed } from "@/lib/crm/errors";
import { createUser } from "@/lib/crm/users/create-user";
import { updateUser } from "@/lib/crm/users/update-user";
import { runAction, type ActionResult } from "@/lib/http/action-result";

export async function createUserAction(input: { name: string; email: string; password: string; role: string }): Promise<ActionResult<{ email: string }>> {
  return runAction(async () => {
    const { ctx } = await requirePermission("manageUsers");
    const user = await createUser(ctx, { name: input.name, email: input.email, password: input.password, role: asRole(input.role) });
    revalidatePath("/settings/users");
    return { email: user.email };
  });
}

export async function setUserRoleAction(userId: string, role: string): Promise<ActionResult<null>> {
  return runAction(async () => {
    const { ctx } = await requirePermission("manageUsers");
    await updateUser(ctx, String(userId), { role: asRole(role) });
    revalidatePath("/settings/users");
    return null;
  });
}

export async function setUserActiveAction(userId: string, active: boolean): Promise<ActionResult<null>> {
  return runAction(async () => {
    // updateUser refuses to deactivate the acting user (on the row found, whatever the id's spelling).
    const { ctx } = await requirePermission("manageUsers");
    await updateUser(ctx, String(userId), { active: Boolean(active) });
    revalidatePath("/settings/users");
    return null;
  });
}

function asRole(value: string): Role {
  if ((ROLES as readonly string[]).includes(value)) return value as Role;
  throw new ValidationFailed([{ field: "role", message: "Unknown role" }]);
}
