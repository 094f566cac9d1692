import { Prisma } from "@/lib/db/generated/client";

/**
 * A call was logged to this number: the dialler's scheduled calls for it are
 * processed (dialled), so `/lead/cancel` answers "already processed" and
 * `/lead/add` "Existing Contact". One atomic conditional update, so a
 * concurrent cancel either wins before it or finds the call processed.
 * A CTE named `dialled` (returning "id", "leadId", "createdAt") for the statement
 * that saves the call, which links the call to the most recent lead.
 */
export function dialledCte(tenantId: string, phoneNormalized: string, callId: string, at: Date): Prisma.Sql {
  return Prisma.sql`dialled AS (
    UPDATE "ScheduledCall" SET "status" = 'processed', "processedAt" = ${at}, "callId" = ${callId}::uuid
    WHERE "tenantId" = ${tenantId}::uuid AND "phoneNormalized" = ${phoneNormalized} AND "status" = 'scheduled'
    RETURNING "id", "leadId", "createdAt")`;
}
