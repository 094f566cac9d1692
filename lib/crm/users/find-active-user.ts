import { getDb } from "@/lib/db/client";
import { signedInSelect, toSignedIn, type SignedInUser } from "./signed-in-user";

/** The current state of a signed-in user, or null once deactivated or deleted. */
export async function findActiveUser(userId: string): Promise<SignedInUser | null> {
  const db = await getDb();
  const user = await db.user.findUnique({ where: { id: userId }, select: signedInSelect });
  return user?.active ? toSignedIn(user) : null;
}
