import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { ownerScopeSql } from "../access/access";
import type { CrmContext } from "../context";
import { HEALTH_BAND_FLOORS } from "./health-parts";
import { healthRowsSql, sqlNow } from "./health-sql";

/** Lifetime order value (cancelled orders excluded) from which a customer is "high value". */
export const HIGH_VALUE_THRESHOLD = 10_000;
/** Days without an interaction or an order after which a customer is "inactive". */
export const INACTIVE_DAYS = 90;

export const SEGMENT_KEYS = [
  "business",
  "individual",
  "active",
  "inactive",
  "blocked",
  "new_this_month",
  "high_value",
  "at_risk",
  "critical",
  "inactive_90_days",
] as const;
export type SegmentKey = (typeof SEGMENT_KEYS)[number];

export interface SegmentRule {
  key: SegmentKey;
  name: string;
  /** The rule in words, as the API and the pages show it. */
  rule: string;
  /** Membership as SQL over `c` (the Customer row) and, when `aggregate`, `hv` (its health values). */
  predicate(now: Date): Prisma.Sql;
  /** Needs the health values (orders, interactions, feedback…), not just the customer row. */
  aggregate: boolean;
}

/** The health score column of `healthRowsSql`, computed once per customer. */
const score = Prisma.sql`hv.score`;

/**
 * The named customer segments. Segments overlap (a customer is in one type,
 * one status, and any of the others). The same predicates count the segments,
 * filter the customer list (`?segment=`) and feed the reports.
 */
export const SEGMENTS: readonly SegmentRule[] = [
  { key: "business", name: "Businesses", rule: "type is business", aggregate: false, predicate: () => Prisma.sql`c.type = 'business'` },
  { key: "individual", name: "Individuals", rule: "type is individual", aggregate: false, predicate: () => Prisma.sql`c.type = 'individual'` },
  { key: "active", name: "Active", rule: "status is active", aggregate: false, predicate: () => Prisma.sql`c.status = 'active'` },
  { key: "inactive", name: "Inactive", rule: "status is inactive", aggregate: false, predicate: () => Prisma.sql`c.status = 'inactive'` },
  { key: "blocked", name: "Blocked", rule: "status is blocked", aggregate: false, predicate: () => Prisma.sql`c.status = 'blocked'` },
  {
    key: "new_this_month",
    name: "New this month",
    rule: "created since the first day of the current month (UTC)",
    aggregate: false,
    predicate: (now) => Prisma.sql`c."createdAt" >= date_trunc('month', ${sqlNow(now)})`,
  },
  {
    key: "high_value",
    name: "High value",
    rule: `lifetime order value (cancelled orders excluded) of at least ${HIGH_VALUE_THRESHOLD}`,
    aggregate: true,
    predicate: () => Prisma.sql`hv.lifetime_value >= ${HIGH_VALUE_THRESHOLD}`,
  },
  {
    key: "at_risk",
    name: "At risk",
    rule: `health score ${HEALTH_BAND_FLOORS.at_risk}-${HEALTH_BAND_FLOORS.healthy - 1} (band at_risk)`,
    aggregate: true,
    predicate: () => Prisma.sql`${score} >= ${HEALTH_BAND_FLOORS.at_risk} AND ${score} < ${HEALTH_BAND_FLOORS.healthy}`,
  },
  {
    key: "critical",
    name: "Critical",
    rule: `health score below ${HEALTH_BAND_FLOORS.at_risk} (band critical)`,
    aggregate: true,
    predicate: () => Prisma.sql`${score} < ${HEALTH_BAND_FLOORS.at_risk}`,
  },
  {
    key: "inactive_90_days",
    name: `Inactive ${INACTIVE_DAYS} days`,
    rule: `a customer for more than ${INACTIVE_DAYS} days with no interaction and no order in the last ${INACTIVE_DAYS} days`,
    aggregate: true,
    predicate: (now) =>
      Prisma.sql`c."createdAt" < ${sqlNow(now)} - make_interval(days => ${INACTIVE_DAYS}) AND (hv.last_activity_at IS NULL OR hv.last_activity_at < ${sqlNow(now)} - make_interval(days => ${INACTIVE_DAYS}))`,
  },
];

export function segmentRule(key: SegmentKey): SegmentRule {
  const rule = SEGMENTS.find((segment) => segment.key === key);
  if (!rule) throw new Error(`unknown segment ${key}`);
  return rule;
}

export interface SegmentCount {
  key: SegmentKey;
  name: string;
  rule: string;
  count: number;
}

export interface SegmentSummary {
  total: number;
  segments: SegmentCount[];
  /** Mean health score and customers per band, from the same pass. */
  health: { averageScore: number | null; healthy: number; atRisk: number; critical: number };
}

/**
 * Every segment's count in one statement (COUNT … FILTER per segment over the
 * health values), with the health average and band counts of the same pass
 * (the customer report reads those too). `scope` narrows the customers over `c`.
 */
export function customerSegmentsSql(tenantId: string, now: Date, scope: Prisma.Sql = Prisma.sql`TRUE`): Prisma.Sql {
  const counts = Prisma.join(
    SEGMENTS.map((segment) => Prisma.sql`count(*) FILTER (WHERE ${segment.predicate(now)})::int AS ${Prisma.raw(`"${segment.key}"`)}`),
  );
  return Prisma.sql`
    SELECT count(*)::int AS total, ${counts},
      round(avg(${score}), 1)::float8 AS health_average,
      (count(*) FILTER (WHERE ${score} >= ${HEALTH_BAND_FLOORS.healthy}))::int AS health_healthy
    FROM "Customer" c JOIN (${healthRowsSql(tenantId, now)}) hv ON hv.id = c.id
    WHERE c."tenantId" = ${tenantId}::uuid AND ${scope}`;
}

export function segmentSummary(rows: Record<string, number>[]): SegmentSummary {
  const row = rows[0] ?? {};
  return {
    total: row.total ?? 0,
    segments: SEGMENTS.map((segment) => ({ key: segment.key, name: segment.name, rule: segment.rule, count: row[segment.key] ?? 0 })),
    health: { averageScore: row.health_average ?? null, healthy: row.health_healthy ?? 0, atRisk: row.at_risk ?? 0, critical: row.critical ?? 0 },
  };
}

/** Every segment with its count: one SQL statement; a rep counts their own and unassigned customers. */
export async function countCustomerSegments(ctx: CrmContext, now = new Date()): Promise<SegmentSummary> {
  const db = await getDb();
  return segmentSummary(await db.$queryRaw<Record<string, number>[]>(customerSegmentsSql(ctx.tenantId, now, ownerScopeSql(ctx, `c."assignedToId"`))));
}
