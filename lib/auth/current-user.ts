import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import type { CrmContext } from "@/lib/crm/context";
import { findActiveUser } from "@/lib/crm/users/find-active-user";
import type { SignedInUser } from "@/lib/crm/users/signed-in-user";
import { authOptions } from "./next-auth-options";
import { can, type Permission } from "./roles";

export interface CurrentUser {
  user: SignedInUser;
  ctx: CrmContext;
}

/**
 * The signed-in person, re-read from the database on every request so a
 * deactivation or role change takes effect at once. Redirects to sign-in
 * when there is none.
 */
export async function requireUser(): Promise<CurrentUser> {
  const current = await findCurrentUser();
  if (!current) redirect("/login");
  return current;
}

/** The signed-in person or null (route handlers answer 401 instead of redirecting). */
export async function findCurrentUser(): Promise<CurrentUser | null> {
  const session = await getServerSession(authOptions());
  const user = session?.user?.id ? await findActiveUser(session.user.id) : null;
  if (!user) return null;
  return { user, ctx: { tenantId: user.tenantId, actor: { type: "user", id: user.id, role: user.role } } };
}

/** requireUser, and the user's role must allow `permission` (else a Forbidden error the page shows). */
export async function requirePermission(permission: Permission): Promise<CurrentUser> {
  const current = await requireUser();
  if (!can(current.user.role, permission)) {
    throw new PermissionDenied(permission);
  }
  return current;
}

export class PermissionDenied extends Error {
  constructor(readonly permission: Permission) {
    super(`Your role does not allow this (${permission}).`);
  }
}
