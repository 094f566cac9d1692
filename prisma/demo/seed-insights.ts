import type { Db } from "@/lib/db/client";
import { DemoRandom } from "./random";
import { seedFeedback } from "./seed-feedback";

/**
 * History for the /reports and /feedback charts of the demo tenant: a year
 * rather than a quarter. About a third of the leads (the base seed makes them
 * in the last 90 days) move back 90-360 days, their contact and conversion
 * dates with them, so weeks, sources, owners and conversion over time have
 * a shape; and feedback requests go back a year (two more waves), so ratings
 * by month and recurring themes fill the 12-month view.
 */
export async function seedInsights(db: Db, tenantId: string, now: Date, seed = 20261125): Promise<void> {
  const random = new DemoRandom(seed);
  const leads = await db.lead.findMany({ where: { tenantId }, select: { id: true }, orderBy: { seq: "asc" } });
  // One statement: ids and shifts (in days) as arrays, every date of a moved lead shifted alike.
  const moved = leads.filter(() => random.chance(0.35));
  const shifts = moved.map(() => random.int(90, 360));
  if (moved.length > 0) {
    await db.$executeRaw`
      UPDATE "Lead" AS l SET
        "createdAt" = l."createdAt" - make_interval(days => m.days),
        "updatedAt" = l."updatedAt" - make_interval(days => m.days),
        "lastContactAt" = l."lastContactAt" - make_interval(days => m.days),
        "convertedAt" = l."convertedAt" - make_interval(days => m.days)
      FROM unnest(${moved.map((l) => l.id)}::uuid[], ${shifts}::int[]) AS m(id, days)
      WHERE l.id = m.id AND l."tenantId" = ${tenantId}::uuid`;
  }
  const customers = await db.customer.findMany({ where: { tenantId }, select: { id: true } });
  const ids = customers.map((c) => c.id);
  await seedFeedback(db, tenantId, ids, random, now, { fromDays: 121, toDays: 240 });
  await seedFeedback(db, tenantId, ids, random, now, { fromDays: 241, toDays: 360 });
  // A denser recent quarter: most demo visits look at the last 90 days.
  await seedFeedback(db, tenantId, ids, random, now, { fromDays: 1, toDays: 90 });
}
