import { getDb } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { UNUSABLE_PASSWORD_HASH, verifyPassword } from "@/lib/security/password";

export interface SignedInUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  tenantId: string;
  tenantName: string;
  clientId: string;
}

const signedInSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  active: true,
  tenantId: true,
  tenant: { select: { name: true, clientId: true } },
} as const;

/** The user for these credentials, or null (unknown email, wrong password, deactivated). */
export async function authenticate(email: string, password: string): Promise<SignedInUser | null> {
  const db = await getDb();
  const user = await db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { ...signedInSelect, passwordHash: true },
  });
  // Verify even for unknown emails so response time does not reveal which exist.
  const ok = await verifyPassword(password, user?.passwordHash ?? UNUSABLE_PASSWORD_HASH);
  if (!user || !ok || !user.active) return null;
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return toSignedIn(user);
}

/** The current state of a signed-in user, or null once deactivated or deleted. */
export async function findActiveUser(userId: string): Promise<SignedInUser | null> {
  const db = await getDb();
  const user = await db.user.findUnique({ where: { id: userId }, select: signedInSelect });
  return user?.active ? toSignedIn(user) : null;
}

function toSignedIn(user: { id: string; name: string; email: string; role: Role; tenantId: string; tenant: { name: string; clientId: string } }): SignedInUser {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    tenantId: user.tenantId,
    tenantName: user.tenant.name,
    clientId: user.tenant.clientId,
  };
}
