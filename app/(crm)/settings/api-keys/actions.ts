"use server";

import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/current-user";
import { createApiKey } from "@/lib/crm/api-keys/create-api-key";
import { revokeApiKey } from "@/lib/crm/api-keys/revoke-api-key";
import { runAction, type ActionResult } from "@/lib/http/action-result";

export async function createApiKeyAction(input: { name: string; scopes: string[] }): Promise<ActionResult<{ key: string; name: string }>> {
  return runAction(async () => {
    const { ctx } = await requirePermission("manageApiKeys");
    // Only name and scopes come from the form; the key is always generated.
    const { key, apiKey } = await createApiKey(ctx, { name: String(input.name), scopes: (input.scopes ?? []).map(String) });
    revalidatePath("/settings/api-keys");
    return { key, name: apiKey.name };
  });
}

export async function revokeApiKeyAction(apiKeyId: string): Promise<ActionResult<null>> {
  return runAction(async () => {
    const { ctx } = await requirePermission("manageApiKeys");
    await revokeApiKey(ctx, String(apiKeyId));
    revalidatePath("/settings/api-keys");
    return null;
  });
}
