import { Prisma } from "@/lib/db/generated/client";
import { HEALTH_PARTS, type HealthPartRule } from "./health-parts";

/** `now` as a UTC timestamp (the columns are timestamp without time zone, written in UTC). */
export function sqlNow(now: Date): Prisma.Sql {
  return Prisma.sql`(${now.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
}

/**
 * One row per customer of the tenant (or of the given customers) with the value of
 * every health part, from SQL aggregates (GROUP BY per source table, joined
 * once): the same inputs for one customer's health, for segment counts and for
 * reports. Columns: id, lifetime_value, last_activity_at and one per part key.
 * `scope` narrows the customers over `c` (e.g. a rep's own and unassigned ones).
 */
export function healthValuesSql(tenantId: string, now: Date, customers?: string | readonly string[], scope: Prisma.Sql = Prisma.sql`TRUE`): Prisma.Sql {
  const at = sqlNow(now);
  const ids = customers === undefined ? undefined : typeof customers === "string" ? [customers] : customers;
  // Each source table is narrowed to the customers asked for, so a page of 25 aggregates only their rows.
  const one = (column: string) =>
    ids
      ? Prisma.sql`AND ${Prisma.raw(column)} IN (${ids.length > 0 ? Prisma.join(ids.map((id) => Prisma.sql`${id}::uuid`)) : Prisma.sql`NULL`})`
      : Prisma.empty;
  return Prisma.sql`
    SELECT c.id,
      COALESCE(o.lifetime, 0) AS lifetime_value,
      GREATEST(i.last_at, o.last_order_at) AS last_activity_at,
      CASE WHEN i.last_at IS NULL THEN NULL ELSE GREATEST(0, floor(extract(epoch FROM (${at} - i.last_at)) / 86400))::int END AS recency,
      COALESCE(i.recent, 0)::int AS frequency,
      CASE WHEN COALESCE(o.last90, 0) = 0 AND COALESCE(o.prev90, 0) = 0 THEN NULL
           WHEN COALESCE(o.prev90, 0) = 0 THEN 100::numeric
           ELSE round((COALESCE(o.last90, 0) - o.prev90) / o.prev90 * 100, 1) END AS order_trend,
      f.avg_rating AS feedback,
      COALESCE(t.open, 0)::int AS open_tickets,
      COALESCE(v.overdue, 0)::int AS overdue_invoices
    FROM "Customer" c
    LEFT JOIN (
      SELECT "customerId", max("occurredAt") AS last_at, count(*) FILTER (WHERE "occurredAt" > ${at} - interval '90 days') AS recent
      FROM "Interaction"
      WHERE "tenantId" = ${tenantId}::uuid AND "customerId" IS NOT NULL AND "occurredAt" <= ${at} ${one(`"customerId"`)}
      GROUP BY "customerId"
    ) i ON i."customerId" = c.id
    LEFT JOIN (
      SELECT "customerId", sum(total) AS lifetime, max("orderDate") AS last_order_at,
        sum(total) FILTER (WHERE "orderDate" > ${at} - interval '90 days' AND "orderDate" <= ${at}) AS last90,
        sum(total) FILTER (WHERE "orderDate" > ${at} - interval '180 days' AND "orderDate" <= ${at} - interval '90 days') AS prev90
      FROM "Order"
      WHERE "tenantId" = ${tenantId}::uuid AND status <> 'cancelled' ${one(`"customerId"`)}
      GROUP BY "customerId"
    ) o ON o."customerId" = c.id
    LEFT JOIN (
      SELECT "customerId", round(avg(rating)::numeric, 2) AS avg_rating
      FROM "FeedbackResponse"
      WHERE "tenantId" = ${tenantId}::uuid ${one(`"customerId"`)}
      GROUP BY "customerId"
    ) f ON f."customerId" = c.id
    LEFT JOIN (
      SELECT "customerId", count(*) AS open
      FROM "Ticket"
      WHERE "tenantId" = ${tenantId}::uuid AND status IN ('open', 'pending') AND "customerId" IS NOT NULL ${one(`"customerId"`)}
      GROUP BY "customerId"
    ) t ON t."customerId" = c.id
    LEFT JOIN (
      SELECT "customerId", count(*) AS overdue
      FROM "Invoice"
      WHERE "tenantId" = ${tenantId}::uuid AND status IN ('unpaid', 'partially_paid') AND "dueDate" < (${at})::date ${one(`"customerId"`)}
      GROUP BY "customerId"
    ) v ON v."customerId" = c.id
    WHERE c."tenantId" = ${tenantId}::uuid ${one("c.id")} AND ${scope}`;
}

function partSql(alias: string, rule: HealthPartRule): string {
  const column = `${alias}.${rule.key}`;
  const op = rule.better === "lower" ? "<=" : ">=";
  const steps = rule.steps.map(([bound, share]) => `WHEN ${column} ${op} ${bound} THEN ${share}`).join(" ");
  return `(CASE WHEN ${column} IS NULL THEN ${rule.missing} ${steps} ELSE ${rule.otherwise} END) * ${rule.weight}`;
}

/**
 * The health score (0-100, integer) as a SQL expression over a row of
 * `healthValuesSql` aliased `alias`: the step tables of HEALTH_PARTS compiled
 * to CASE expressions (constants only, no user input), summed as numeric and
 * rounded like `scoreHealth`.
 */
export function healthScoreSql(alias: string): Prisma.Sql {
  if (!/^[a-z_]+$/.test(alias)) throw new Error("alias must be a plain identifier");
  return Prisma.raw(`round(${HEALTH_PARTS.map((rule) => partSql(alias, rule)).join(" + ")})::int`);
}

/** `healthValuesSql` plus its `score`, computed once per customer (segments, lists and reports read `hv.score`). */
export function healthRowsSql(tenantId: string, now: Date): Prisma.Sql {
  // OFFSET 0 keeps PostgreSQL from inlining the subquery, which would re-evaluate the score per reference.
  return Prisma.sql`SELECT v.*, ${healthScoreSql("v")} AS score FROM (${healthValuesSql(tenantId, now)}) v OFFSET 0`;
}
