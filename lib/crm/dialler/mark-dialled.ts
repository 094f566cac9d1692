import type { Prisma } from "@/lib/db/client";

/**
 * A call was logged to this number: the dialler's scheduled calls for it are
 * processed (dialled), so `/lead/cancel` answers "already processed" and
 * `/lead/add` "Existing Contact". One atomic update, so a concurrent cancel
 * either wins before it or finds the call processed. Returns the lead of the
 * most recent one, for the call to link to.
 */
export async function markDialledIn(tx: Prisma.TransactionClient, tenantId: string, phoneNormalized: string, callId: string, at: Date): Promise<string | null> {
  const rows = await tx.$queryRaw<{ leadId: string }[]>`
    UPDATE "ScheduledCall" SET "status" = 'processed', "processedAt" = ${at}, "callId" = ${callId}::uuid
    WHERE "tenantId" = ${tenantId}::uuid AND "phoneNormalized" = ${phoneNormalized} AND "status" = 'scheduled'
    RETURNING "leadId"`;
  return rows[rows.length - 1]?.leadId ?? null;
}
