import { getDb } from "@/lib/db/client";
import { UNUSABLE_PASSWORD_HASH, verifyPassword } from "@/lib/security/password";
import { signedInSelect, toSignedIn, type SignedInUser } from "./signed-in-user";

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
