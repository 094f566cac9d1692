import type { Prisma } from "@/lib/db/client";

/** The usage row key for a moment: its calendar month in UTC, e.g. "2025-10". */
export function usageMonth(at = new Date()): string {
  return at.toISOString().slice(0, 7);
}

export interface CallUsage {
  callsThisMonth: number;
  limit: number;
  remaining: number;
}

export function callUsage(callsThisMonth: number, limit: number): CallUsage {
  return { callsThisMonth, limit, remaining: Math.max(0, limit - callsThisMonth) };
}

type Reader = Pick<Prisma.TransactionClient, "tenantUsage">;

export async function callsThisMonth(db: Reader, tenantId: string, at = new Date()): Promise<number> {
  const row = await db.tenantUsage.findUnique({
    where: { tenantId_month: { tenantId, month: usageMonth(at) } },
    select: { calls: true },
  });
  return row?.calls ?? 0;
}
