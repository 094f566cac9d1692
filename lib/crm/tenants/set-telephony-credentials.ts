import { getDb } from "@/lib/db/client";
import { seal } from "@/lib/security/secret-box";
import { assertMayConfigure } from "../access/access";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { ValidationFailed } from "../errors";

/**
 * Sets (or, with null, clears) the tenant's telephony (Exotel) credentials
 * that `POST /api/ribbon/init` hands out as `exotelToken`/`userId`. Stored
 * encrypted (AES-256-GCM with the app key); the audit entry names no secret.
 */
export async function setTelephonyCredentials(ctx: CrmContext, credentials: { token: string; userId: string } | null): Promise<void> {
  assertMayConfigure(ctx);
  if (credentials && (!credentials.token.trim() || !credentials.userId.trim())) {
    throw new ValidationFailed([{ field: credentials.token.trim() ? "userId" : "token", message: "Both the token and the user id are required" }]);
  }
  const db = await getDb();
  await db.$transaction(async (tx) => {
    await tx.tenant.update({
      where: { id: ctx.tenantId },
      data: {
        telephonyTokenEnc: credentials ? seal(credentials.token.trim()) : null,
        telephonyUserIdEnc: credentials ? seal(credentials.userId.trim()) : null,
      },
    });
    await recordAudit(tx, ctx, { action: credentials ? "tenant.telephony_set" : "tenant.telephony_cleared", entityType: "tenant", entityId: ctx.tenantId });
  });
}
