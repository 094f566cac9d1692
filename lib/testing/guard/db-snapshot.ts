import { getDb } from "@/lib/db/client";

// Tables holding tenant rows, read from the live schema so new tables are counted without a list.
let tenantTables: Promise<string[]> | undefined;

async function tablesWithTenantId(): Promise<string[]> {
  tenantTables ??= (async () => {
    const db = await getDb();
    const rows = await db.$queryRaw<{ table_name: string }[]>`
      SELECT table_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND column_name = 'tenantId'
      ORDER BY table_name`;
    return rows.map((row) => row.table_name);
  })();
  return tenantTables;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Rows per table belonging to one tenant (plus its Tenant row's update stamp).
 * Per tenant, not global, so test files running in parallel do not disturb it.
 */
export async function tenantRowCounts(tenantId: string): Promise<Record<string, number>> {
  const db = await getDb();
  const tables = await tablesWithTenantId();
  const sql = tables.map((table) => `SELECT '${table}' AS t, count(*)::int AS n FROM ${quote(table)} WHERE "tenantId" = $1::uuid`).join(" UNION ALL ");
  const rows = await db.$queryRawUnsafe<{ t: string; n: number }[]>(sql, tenantId);
  return Object.fromEntries(rows.map((row) => [row.t, row.n]));
}

/** Every row of one tenant, as JSON, per table: to prove another tenant's request changed nothing. */
export async function tenantRows(tenantId: string, ignore: readonly string[] = ["ApiKey"]): Promise<Record<string, unknown[]>> {
  const db = await getDb();
  const tables = (await tablesWithTenantId()).filter((table) => !ignore.includes(table));
  const sql = tables
    .map(
      (table) =>
        `SELECT '${table}' AS t, coalesce(jsonb_agg(to_jsonb(r) ORDER BY to_jsonb(r)::text), '[]'::jsonb) AS rows FROM ${quote(table)} r WHERE "tenantId" = $1::uuid`,
    )
    .join(" UNION ALL ");
  const rows = await db.$queryRawUnsafe<{ t: string; rows: unknown[] }[]>(sql, tenantId);
  const tenant = await db.$queryRawUnsafe<{ row: unknown }[]>(`SELECT to_jsonb(t) AS row FROM "Tenant" t WHERE id = $1::uuid`, tenantId);
  return { Tenant: tenant.map((r) => r.row), ...Object.fromEntries(rows.map((row) => [row.t, row.rows])) };
}

/** The tables whose counts differ, for a readable failure. */
export function countChanges(before: Record<string, number>, after: Record<string, number>): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((name) => before[name] !== after[name]).map((name) => `${name}: ${before[name] ?? 0} → ${after[name] ?? 0}`);
}
