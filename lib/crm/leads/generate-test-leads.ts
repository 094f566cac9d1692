import { getDb, type Prisma } from "@/lib/db/client";
import type { LeadSource } from "@/lib/db/generated/enums";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { SEQ } from "../sequence";
import { normalizePhone } from "../phone";
import { assertTestDataAllowed } from "./test-data-policy";
import { testLeadData } from "./test-lead-data";

export const MAX_TEST_LEADS = 1000;

/**
 * Creates `count` realistic leads marked `isTestData`, spread over the last
 * 30 days so analytics have something to show. One transaction, one insert;
 * their numbers are reserved in one step. They emit no `lead.created`
 * events: a thousand test webhooks would drown an integrator's receiver.
 */
export async function generateTestLeads(ctx: CrmContext, input: { count: number; source?: LeadSource }): Promise<{ ids: string[] }> {
  await assertTestDataAllowed(ctx);
  const count = Math.max(1, Math.min(MAX_TEST_LEADS, Math.floor(input.count)));
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const first = await reserveSeqs(tx, ctx.tenantId, count);
    const rows = Array.from({ length: count }, (_, i) => {
      const lead = testLeadData(first + i, input.source);
      return {
        tenantId: ctx.tenantId,
        seq: first + i,
        ...lead,
        phoneNormalized: normalizePhone(lead.phone),
        updatedAt: lead.createdAt,
        isTestData: true,
      } satisfies Prisma.LeadCreateManyInput;
    });
    const created = await tx.lead.createManyAndReturn({ data: rows, select: { id: true, createdAt: true } });
    await recordAudit(tx, ctx, { action: "lead.test_data_generated", entityType: "lead", data: { count, source: input.source ?? null } });
    return { ids: created.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime()).map((lead) => lead.id) };
  });
}

/** The first of `count` consecutive lead numbers, reserved atomically (one upsert, like nextSeq). */
async function reserveSeqs(tx: Prisma.TransactionClient, tenantId: string, count: number): Promise<number> {
  const rows = await tx.$queryRaw<{ value: number }[]>`
    INSERT INTO "TenantCounter" ("tenantId", "name", "value")
    VALUES (${tenantId}::uuid, ${SEQ.lead}, ${count})
    ON CONFLICT ("tenantId", "name") DO UPDATE SET "value" = "TenantCounter"."value" + ${count}
    RETURNING "value"`;
  const last = rows[0]?.value;
  if (last === undefined) throw new Error("lead counter returned no value");
  return last - count + 1;
}
