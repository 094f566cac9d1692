import { getDb } from "@/lib/db/client";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { nurtureRulesOf } from "./nurture-rules";

export interface NurtureRun {
  ranAt: Date;
  rules: { key: string; status: string; idleDays: number; created: number }[];
  created: number;
  /** The first created tasks (at most `idsShown`). */
  tasks: { interactionId: string; leadId: string }[];
  /** True when a rule hit the per-run limit: run again for the rest. */
  more: boolean;
}

/**
 * Lead nurturing, idempotent: for each rule, every lead in its status with no
 * contact (last_contact, else creation) for its idle days gets one task: an
 * interaction of the rule's type with next_action / next_action_date,
 * assigned to the lead's owner. Each task carries the key
 * nurture:<rule>:<lead>:<time of the last contact>, unique per tenant, so
 * running again creates nothing more until the lead is contacted and goes
 * quiet again. Set-based SQL (INSERT … SELECT), so a run over a million
 * leads is a few statements; at most `limit` tasks per rule per run.
 */
export async function runNurture(ctx: CrmContext, options: { now?: Date; limit?: number; idsShown?: number } = {}): Promise<NurtureRun> {
  const now = options.now ?? new Date();
  const limit = options.limit ?? 5000;
  const idsShown = options.idsShown ?? 100;
  const db = await getDb();
  return db.$transaction(
    async (tx) => {
      const rules = await nurtureRulesOf(tx, ctx);
      const result: NurtureRun = { ranAt: now, rules: [], created: 0, tasks: [], more: false };
      // Sequential on purpose: one transaction is one connection.
      for (const rule of rules) {
        const idleSince = new Date(now.getTime() - rule.idleDays * 86_400_000);
        const due = new Date(now.getTime() + rule.dueInDays * 86_400_000);
        const notes = `Nurturing: ${rule.status} lead with no contact for ${rule.idleDays} day${rule.idleDays === 1 ? "" : "s"}`;
        const created = await tx.$queryRaw<{ id: string; leadId: string }[]>`
          WITH candidates AS (
            SELECT l."id", l."assignedToId",
                   'nurture:' || ${rule.key} || ':' || l."id" || ':' || floor(extract(epoch FROM COALESCE(l."lastContactAt", l."createdAt")))::bigint AS key
            FROM "Lead" l
            WHERE l."tenantId" = ${ctx.tenantId}::uuid
              AND l."status" = ${rule.status}::"LeadStatus"
              AND COALESCE(l."lastContactAt", l."createdAt") <= ${idleSince}
          )
          INSERT INTO "Interaction" ("id", "tenantId", "leadId", "userId", "type", "subject", "notes", "nextAction", "nextActionDate", "occurredAt", "workflowKey", "createdAt", "updatedAt")
          SELECT gen_random_uuid(), ${ctx.tenantId}::uuid, c."id", c."assignedToId", ${rule.type}::"InteractionType", ${rule.nextAction}, ${notes},
                 ${rule.nextAction}, ${due}, ${now}, c.key, ${now}, ${now}
          FROM candidates c
          WHERE NOT EXISTS (SELECT 1 FROM "Interaction" i WHERE i."tenantId" = ${ctx.tenantId}::uuid AND i."workflowKey" = c.key)
          LIMIT ${limit}
          ON CONFLICT ("tenantId", "workflowKey") DO NOTHING
          RETURNING "id", "leadId"`;
        result.rules.push({ key: rule.key, status: rule.status, idleDays: rule.idleDays, created: created.length });
        result.created += created.length;
        if (created.length >= limit) result.more = true;
        for (const row of created) if (result.tasks.length < idsShown) result.tasks.push({ interactionId: row.id, leadId: row.leadId });
      }
      if (result.created > 0)
        await recordAudit(tx, ctx, {
          action: "workflow.nurture",
          entityType: "workflow",
          data: { created: result.created, rules: result.rules.map((r) => `${r.key}:${r.created}`) },
        });
      return result;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
