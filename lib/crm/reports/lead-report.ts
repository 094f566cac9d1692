import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { reportOwner } from "../access/access";
import type { CrmContext } from "../context";
import { percent, rangeSql, type ReportRange } from "./report-range";

export interface LeadCounts {
  count: number;
  converted: number;
  /** converted / count, percent with one decimal; null for none. */
  conversionRate: number | null;
}

export interface LeadReport extends LeadCounts {
  /** The rep whose own leads these are (a rep asking); null: the whole tenant's. */
  ownerId: string | null;
  open: number;
  won: number;
  lost: number;
  /** Mean days from creation to conversion, over converted leads. */
  averageDaysToConvert: number | null;
  byStatus: { status: string; count: number }[];
  bySource: ({ source: string } & LeadCounts)[];
  byOwner: ({ ownerId: string | null; ownerName: string | null } & LeadCounts)[];
  /** Leads created per ISO week (Monday, UTC), gaps filled with 0, with how many of that week's leads have converted (conversion over time, by cohort). */
  newPerWeek: ({ week: string } & LeadCounts)[];
}

/**
 * A lead counts as converted when it has been converted to a customer
 * (`convertedAt` set) or carries the status converted or won.
 */
export const CONVERTED_LEAD = Prisma.sql`("convertedAt" IS NOT NULL OR status IN ('converted', 'won'))`;

/**
 * The statement the lead report runs (exported for the benchmark, which times
 * it raw); with `ownerId`, only that person's leads (the same statement, one
 * more predicate, served by the (tenantId, assignedToId, status) index).
 */
export function leadReportSql(tenantId: string, range: ReportRange, ownerId: string | null = null): Prisma.Sql {
  const owner = ownerId ? Prisma.sql`AND "assignedToId" = ${ownerId}::uuid` : Prisma.empty;
  // One pass over the tenant's leads: a hash aggregate down to (status, source,
  // owner, week) combinations (a few thousand rows at most), then every breakdown
  // as a grouping set of that small result. Grouping sets straight over the
  // leads made PostgreSQL read them in index order (4-5x slower at 1M leads).
  return Prisma.sql`
    WITH base AS (
      SELECT status, source, "assignedToId" AS owner, date_trunc('week', "createdAt") AS week,
        count(*) AS n,
        count(*) FILTER (WHERE ${CONVERTED_LEAD}) AS converted,
        count(*) FILTER (WHERE status NOT IN ('converted', 'won', 'lost')) AS open,
        sum(extract(epoch FROM ("convertedAt" - "createdAt")) / 86400) AS days,
        count("convertedAt") AS days_n
      FROM "Lead"
      WHERE "tenantId" = ${tenantId}::uuid ${rangeSql(`"createdAt"`, range)} ${owner}
      GROUP BY 1, 2, 3, 4
    )
    SELECT GROUPING(status, source, owner, week)::int AS grp,
      status::text AS status, source::text AS source, owner, week,
      COALESCE(sum(n), 0)::int AS count, COALESCE(sum(converted), 0)::int AS converted, COALESCE(sum(open), 0)::int AS open,
      (sum(days) / NULLIF(sum(days_n), 0))::float8 AS avg_days
    FROM base
    GROUP BY GROUPING SETS ((), (status), (source), (owner), (week))`;
}

interface Row {
  grp: number;
  status: string | null;
  source: string | null;
  owner: string | null;
  week: Date | null;
  count: number;
  converted: number;
  open: number;
  avg_days: number | null;
}

// GROUPING() bits, first argument highest: status 8, source 4, owner 2, week 1.
const GROUPED = { all: 15, status: 7, source: 11, owner: 13, week: 14 } as const;

/**
 * The lead report: totals, by status, by source, by owner, conversion rate,
 * average time to convert, new per week. A rep gets the report of the leads
 * assigned to them (access.ts `reportOwner`); everyone else the tenant's.
 */
export async function getLeadReport(ctx: CrmContext, range: ReportRange = {}): Promise<LeadReport> {
  const db = await getDb();
  const ownerId = reportOwner(ctx);
  const rows = await db.$queryRaw<Row[]>(leadReportSql(ctx.tenantId, range, ownerId));
  const of = (grp: number) => rows.filter((row) => row.grp === grp);
  const total = of(GROUPED.all)[0];
  const counts = (row: Row): LeadCounts => ({ count: row.count, converted: row.converted, conversionRate: percent(row.converted, row.count) });

  const ownerRows = of(GROUPED.owner).sort((a, b) => b.count - a.count);
  const ownerIds = ownerRows.flatMap((row) => (row.owner ? [row.owner] : []));
  const owners = ownerIds.length
    ? await db.user.findMany({ where: { tenantId: ctx.tenantId, id: { in: ownerIds } }, select: { id: true, name: true, email: true } })
    : [];
  const ownerName = new Map(owners.map((user) => [user.id, user.name || user.email]));
  const byStatus = new Map(of(GROUPED.status).map((row) => [row.status, row.count]));

  return {
    ownerId,
    ...(total ? counts(total) : { count: 0, converted: 0, conversionRate: null }),
    open: total?.open ?? 0,
    won: byStatus.get("won") ?? 0,
    lost: byStatus.get("lost") ?? 0,
    averageDaysToConvert: total?.avg_days === null || total?.avg_days === undefined ? null : Math.round(total.avg_days * 10) / 10,
    byStatus: of(GROUPED.status)
      .map((row) => ({ status: row.status ?? "unknown", count: row.count }))
      .sort((a, b) => b.count - a.count),
    bySource: of(GROUPED.source)
      .map((row) => ({ source: row.source ?? "unknown", ...counts(row) }))
      .sort((a, b) => b.count - a.count),
    byOwner: ownerRows.map((row) => ({ ownerId: row.owner, ownerName: row.owner ? (ownerName.get(row.owner) ?? null) : null, ...counts(row) })),
    newPerWeek: fillWeeks(of(GROUPED.week).flatMap((row) => (row.week ? [{ week: row.week, count: row.count, converted: row.converted }] : []))).map((w) => ({
      ...w,
      conversionRate: percent(w.converted, w.count),
    })),
  };
}

/** Weeks in order from the first to the last, with the empty ones as 0 (dates only: no row is loaded for this). */
function fillWeeks(weeks: { week: Date; count: number; converted: number }[]): { week: string; count: number; converted: number }[] {
  if (weeks.length === 0) return [];
  const byDay = new Map(weeks.map((w) => [w.week.toISOString().slice(0, 10), w]));
  const times = weeks.map((w) => w.week.getTime());
  const filled: { week: string; count: number; converted: number }[] = [];
  for (let t = Math.min(...times); t <= Math.max(...times); t += 7 * 86_400_000) {
    const day = new Date(t).toISOString().slice(0, 10);
    const found = byDay.get(day);
    filled.push({ week: day, count: found?.count ?? 0, converted: found?.converted ?? 0 });
  }
  return filled;
}
