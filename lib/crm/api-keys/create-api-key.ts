import { z } from "zod";
import { ALL_SCOPES, SCOPES } from "@/lib/auth/scopes";
import { getDb } from "@/lib/db/client";
import { apiKeyPrefix, generateApiKey, hashApiKey } from "@/lib/security/api-key-secret";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { ValidationFailed } from "../errors";
import { apiKeyViewSelect, type ApiKeyView } from "./api-key-view";

export const createApiKeyInput = z.object({
  name: z.string().trim().min(1, "Name is required").max(100),
  scopes: z.array(z.enum([ALL_SCOPES, ...SCOPES])).min(1, "Choose at least one scope"),
  /** Only demo data and tests pass a fixed key; everything else gets a random one. */
  key: z.string().min(12).optional(),
});
export interface CreateApiKeyInput {
  name: string;
  scopes: readonly string[];
  key?: string;
}

/** Creates a key and returns it in clear exactly once; only its hash is stored. */
export async function createApiKey(ctx: CrmContext, input: CreateApiKeyInput): Promise<{ key: string; apiKey: ApiKeyView }> {
  const parsed = createApiKeyInput.safeParse(input);
  if (!parsed.success) {
    throw new ValidationFailed(parsed.error.issues.map((i) => ({ field: i.path.join("."), message: i.message })));
  }
  const key = parsed.data.key ?? generateApiKey();
  const db = await getDb();
  const apiKey = await db.$transaction(async (tx) => {
    const created = await tx.apiKey.create({
      data: {
        tenantId: ctx.tenantId,
        name: parsed.data.name,
        prefix: apiKeyPrefix(key),
        hash: hashApiKey(key),
        scopes: [...new Set(parsed.data.scopes)],
        createdById: ctx.actor.type === "user" ? ctx.actor.id : null,
      },
      select: apiKeyViewSelect,
    });
    await recordAudit(tx, ctx, {
      action: "api_key.created",
      entityType: "api_key",
      entityId: created.id,
      data: { name: created.name, scopes: created.scopes },
    });
    return created;
  });
  return { key, apiKey };
}
