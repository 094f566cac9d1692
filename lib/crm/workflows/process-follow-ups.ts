import { getDb } from "@/lib/db/client";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";

export interface FollowUpRun {
  ranAt: Date;
  /** Interactions whose next_action_date had passed and were handled now. */
  processed: number;
  /** Due tasks created (one per processed interaction). */
  created: number;
  tasks: { interactionId: string; sourceInteractionId: string; leadId: string | null; customerId: string | null; ownerId: string | null }[];
  more: boolean;
}

/**
 * Follow-ups, idempotent: every interaction (of a lead or a customer) whose
 * next_action_date has passed and that no run has handled becomes a due task
 * for its owner (the lead's or customer's assignee, else whoever recorded
 * it): a "Due: <next action>" interaction keyed
 * followup:<interaction>:<its next_action_date>, unique per tenant; the source
 * is marked followed up. Rows are claimed with FOR UPDATE SKIP LOCKED, so
 * concurrent runs (two schedulers, a double click) split the work and never
 * create a task twice. Changing an interaction's next_action_date re-arms it.
 */
export async function processFollowUps(ctx: CrmContext, options: { now?: Date; limit?: number; idsShown?: number } = {}): Promise<FollowUpRun> {
  const now = options.now ?? new Date();
  const limit = options.limit ?? 5000;
  const idsShown = options.idsShown ?? 100;
  const db = await getDb();
  return db.$transaction(
    async (tx) => {
      const rows = await tx.$queryRaw<{ id: string; sourceId: string; leadId: string | null; customerId: string | null; ownerId: string | null }[]>`
        WITH due AS (
          SELECT i."id", i."leadId", i."customerId", i."nextAction", i."nextActionDate", i."userId"
          FROM "Interaction" i
          WHERE i."tenantId" = ${ctx.tenantId}::uuid
            AND i."nextActionDate" <= ${now}
            AND i."followedUpAt" IS NULL
            AND (i."workflowKey" IS NULL OR i."workflowKey" NOT LIKE 'followup:%')
          ORDER BY i."nextActionDate"
          LIMIT ${limit}
          FOR UPDATE OF i SKIP LOCKED
        ),
        marked AS (
          UPDATE "Interaction" SET "followedUpAt" = ${now} WHERE "id" IN (SELECT "id" FROM due)
        ),
        created AS (
          INSERT INTO "Interaction" ("id", "tenantId", "leadId", "customerId", "userId", "type", "subject", "notes", "nextAction", "nextActionDate", "occurredAt", "followedUpAt", "workflowKey", "createdAt", "updatedAt")
          SELECT gen_random_uuid(), ${ctx.tenantId}::uuid, d."leadId", d."customerId",
                 COALESCE(l."assignedToId", c."assignedToId", d."userId"),
                 (CASE WHEN d."leadId" IS NOT NULL THEN 'note' ELSE 'other' END)::"InteractionType",
                 'Due: ' || COALESCE(d."nextAction", 'follow up'),
                 'Follow-up due since ' || to_char(d."nextActionDate", 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                 d."nextAction", d."nextActionDate", ${now}, ${now},
                 'followup:' || d."id" || ':' || floor(extract(epoch FROM d."nextActionDate"))::bigint,
                 ${now}, ${now}
          FROM due d
          LEFT JOIN "Lead" l ON l."id" = d."leadId"
          LEFT JOIN "Customer" c ON c."id" = d."customerId"
          ON CONFLICT ("tenantId", "workflowKey") DO NOTHING
          RETURNING "id", "leadId", "customerId", "userId", "workflowKey"
        )
        SELECT "id", split_part("workflowKey", ':', 2) AS "sourceId", "leadId", "customerId", "userId" AS "ownerId" FROM created`;
      const processed = await tx.$queryRaw<
        { n: bigint }[]
      >`SELECT count(*)::bigint AS n FROM "Interaction" WHERE "tenantId" = ${ctx.tenantId}::uuid AND "followedUpAt" = ${now} AND ("workflowKey" IS NULL OR "workflowKey" NOT LIKE 'followup:%')`;
      const result: FollowUpRun = {
        ranAt: now,
        processed: Number(processed[0]?.n ?? 0),
        created: rows.length,
        tasks: rows
          .slice(0, idsShown)
          .map((r) => ({ interactionId: r.id, sourceInteractionId: r.sourceId, leadId: r.leadId, customerId: r.customerId, ownerId: r.ownerId })),
        more: rows.length >= limit,
      };
      if (result.created > 0)
        await recordAudit(tx, ctx, { action: "workflow.follow_ups", entityType: "workflow", data: { processed: result.processed, created: result.created } });
      return result;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
