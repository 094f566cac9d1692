import { getDb } from "@/lib/db/client";
import { ownerScope, ownerScopeSql } from "../access/access";
import type { CrmContext } from "../context";
import { decodeCursor, encodeCursor } from "../keyset-cursor";

export interface CallQueueItem {
  id: string;
  leadId: string;
  leadName: string;
  /** The number as the partner sent it (the lead's phone), else its digits. */
  phone: string;
  type: string;
  subtype: string | null;
  scheduledFor: Date;
  /** True when the call is due (its time has come). */
  due: boolean;
  attempts: number;
  lastAttemptAt: Date | null;
}

export interface CallQueuePage {
  items: CallQueueItem[];
  /** Pass back as `cursor` for the next page; null on the last one. */
  nextCursor: string | null;
  /** Scheduled calls due now and later, over the whole queue (not just this page). */
  counts: { due: number; later: number };
}

export const QUEUE_PAGE_SIZE = 25;

/**
 * The dialler's scheduled calls still to be made, oldest due first (keyset on
 * scheduledFor, id). Reps see the calls of their own and unassigned leads, as
 * everywhere else.
 */
export async function listCallQueue(ctx: CrmContext, query: { cursor?: string | null; limit?: number } = {}, now = new Date()): Promise<CallQueuePage> {
  const limit = Math.min(Math.max(query.limit ?? QUEUE_PAGE_SIZE, 1), 100);
  // The shared cursor's "createdAt" carries the due time here.
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  const db = await getDb();
  const [rows, [counts]] = await Promise.all([
    db.scheduledCall.findMany({
      where: {
        tenantId: ctx.tenantId,
        status: "scheduled",
        lead: ownerScope(ctx),
        ...(after ? { OR: [{ scheduledFor: { gt: after.createdAt } }, { scheduledFor: after.createdAt, id: { gt: after.id } }] } : {}),
      },
      orderBy: [{ scheduledFor: "asc" }, { id: "asc" }],
      take: limit + 1,
      select: {
        id: true,
        leadId: true,
        phoneNormalized: true,
        scheduledFor: true,
        attempts: true,
        lastAttemptAt: true,
        leadType: { select: { name: true } },
        lead: { select: { name: true, phone: true, leadSubtype: { select: { name: true } } } },
      },
    }),
    db.$queryRaw<{ due: number; later: number }[]>`
      SELECT (COUNT(*) FILTER (WHERE s."scheduledFor" <= ${now}))::int AS "due", (COUNT(*) FILTER (WHERE s."scheduledFor" > ${now}))::int AS "later"
      FROM "ScheduledCall" s JOIN "Lead" l ON l."id" = s."leadId"
      WHERE s."tenantId" = ${ctx.tenantId}::uuid AND s."status" = 'scheduled' AND ${ownerScopeSql(ctx, 'l."assignedToId"')}`,
  ]);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      id: row.id,
      leadId: row.leadId,
      leadName: row.lead.name,
      phone: row.lead.phone ?? row.phoneNormalized,
      type: row.leadType.name,
      subtype: row.lead.leadSubtype?.name ?? null,
      scheduledFor: row.scheduledFor,
      due: row.scheduledFor <= now,
      attempts: row.attempts,
      lastAttemptAt: row.lastAttemptAt,
    })),
    nextCursor: rows.length > limit && last ? encodeCursor({ createdAt: last.scheduledFor, id: last.id }) : null,
    counts: counts ?? { due: 0, later: 0 },
  };
}
