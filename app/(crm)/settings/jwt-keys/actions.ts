"use server";

import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/current-user";
import { registerJwtKey } from "@/lib/crm/api-keys/register-jwt-key";
import { revokeJwtKey } from "@/lib/crm/api-keys/revoke-jwt-key";
import { runAction, type ActionResult } from "@/lib/http/action-result";

export async function registerJwtKeyAction(input: {
  publicKey: string;
  kid: string;
  issuer: string;
  audience: string;
}): Promise<ActionResult<{ kids: string[] }>> {
  return runAction(async () => {
    const { ctx } = await requirePermission("manageApiKeys");
    const keys = await registerJwtKey(ctx, {
      publicKey: String(input.publicKey ?? ""),
      kid: String(input.kid ?? "") || undefined,
      issuer: String(input.issuer ?? "") || undefined,
      audience: String(input.audience ?? "") || undefined,
    });
    revalidatePath("/settings/jwt-keys");
    return { kids: keys.map((key) => key.kid) };
  });
}

export async function revokeJwtKeyAction(jwtKeyId: string): Promise<ActionResult<null>> {
  return runAction(async () => {
    const { ctx } = await requirePermission("manageApiKeys");
    await revokeJwtKey(ctx, String(jwtKeyId));
    revalidatePath("/settings/jwt-keys");
    return null;
  });
}
