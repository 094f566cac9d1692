import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { DemoRandom } from "./random";

const MINUTE = 60_000;

/**
 * The dialler's demo queue: more lead types and subtypes (one disabled), and
 * scheduled calls for the tenant's dialler leads: some due (minutes to hours
 * ago, a few already tried), some later today and this week, and a few that
 * were dialled or cancelled (history, not in the queue).
 */
export async function seedDialler(db: Db, tenantId: string, seed: number, now = new Date()): Promise<void> {
  const random = new DemoRandom(seed);
  const motor = await db.leadType.findFirstOrThrow({ where: { tenantId, name: "motor-trade" }, select: { id: true } });
  await db.leadSubtype.createMany({
    data: [
      { tenantId, leadTypeId: motor.id, name: "dealer" },
      { tenantId, leadTypeId: motor.id, name: "bodyshop" },
      { tenantId, leadTypeId: motor.id, name: "auction", active: false },
    ],
    skipDuplicates: true,
  });
  const insurance = await db.leadType.create({ data: { tenantId, name: "insurance", description: "Insurance renewals" } });
  await db.leadSubtype.createMany({
    data: ["renewal", "new-policy"].map((name) => ({ tenantId, leadTypeId: insurance.id, name })),
  });
  await db.leadType.create({ data: { tenantId, name: "solar", description: "Retired campaign", active: false } });
  const subtypes = await db.leadSubtype.findMany({ where: { tenantId, active: true }, select: { id: true, leadTypeId: true } });

  const leads = await db.lead.findMany({
    where: { tenantId, leadTypeId: motor.id, phoneNormalized: { not: null } },
    orderBy: { seq: "asc" },
    take: 24,
    select: { id: true, phoneNormalized: true },
  });
  const calls: Prisma.ScheduledCallCreateManyInput[] = [];
  for (const [i, lead] of leads.entries()) {
    // Every third lead is an insurance renewal, so the queue shows two types.
    const typeId = i % 3 === 2 ? insurance.id : motor.id;
    const subtype = random.pick(subtypes.filter((s) => s.leadTypeId === typeId));
    await db.lead.update({ where: { id: lead.id }, data: { leadTypeId: typeId, leadSubtypeId: subtype.id } });
    const kind = i < 8 ? "due" : i < 18 ? "later" : i < 21 ? "processed" : "cancelled";
    const minutes = kind === "due" ? -random.int(2, 240) : kind === "later" ? random.int(20, 4 * 24 * 60) : -random.int(60, 3 * 24 * 60);
    const scheduledFor = new Date(now.getTime() + minutes * MINUTE);
    const attempts = kind === "later" || kind === "due" ? random.pick([0, 0, 0, 1, 2, 3]) : 0;
    calls.push({
      tenantId,
      leadId: lead.id,
      leadTypeId: typeId,
      phoneNormalized: lead.phoneNormalized!,
      scheduledFor,
      status: kind === "processed" ? "processed" : kind === "cancelled" ? "cancelled" : "scheduled",
      attempts,
      lastAttemptAt: attempts > 0 ? new Date(Math.min(now.getTime(), scheduledFor.getTime()) - random.int(30, 600) * MINUTE) : null,
      processedAt: kind === "processed" ? new Date(scheduledFor.getTime() + random.int(1, 30) * MINUTE) : null,
      cancelledAt: kind === "cancelled" ? new Date(scheduledFor.getTime() - random.int(5, 60) * MINUTE) : null,
      createdAt: new Date(Math.min(now.getTime(), scheduledFor.getTime()) - random.int(1, 48) * 60 * MINUTE),
    });
  }
  await db.scheduledCall.createMany({ data: calls });
}
