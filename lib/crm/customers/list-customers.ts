import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { CrmContext } from "../context";
import { decodeCursor, encodeCursor } from "../keyset-cursor";
import { customerRecordSelect, type CustomerRecord } from "./customer-record";
import { customerFilterSql, type CustomerFilter } from "./customer-filter-sql";

export interface CustomerPageQuery extends CustomerFilter {
  page: number;
  limit: number;
}

export interface CustomerPage {
  customers: CustomerRecord[];
  total: number;
}

export interface CustomerListQuery extends CustomerFilter {
  limit: number;
  cursor?: string;
}

export interface CustomerList {
  customers: CustomerRecord[];
  nextCursor: string | null;
}

/** The records of `ids` in that order (ids come from a filtered, ordered SQL page). */
export async function recordsInOrder(ctx: CrmContext, ids: string[]): Promise<CustomerRecord[]> {
  if (ids.length === 0) return [];
  const db = await getDb();
  const rows = await db.customer.findMany({ where: { tenantId: ctx.tenantId, id: { in: ids } }, select: customerRecordSelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Numbered pages with a total, as the suite seed's `meta` requires (oldest first, by number). */
export async function listCustomerPage(ctx: CrmContext, query: CustomerPageQuery, now = new Date()): Promise<CustomerPage> {
  const db = await getDb();
  const from = customerFilterSql(ctx, query, now);
  const [ids, counted] = await Promise.all([
    db.$queryRaw<{ id: string }[]>`SELECT c.id ${from} ORDER BY c.seq ASC LIMIT ${query.limit} OFFSET ${(query.page - 1) * query.limit}`,
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total ${from}`,
  ]);
  return {
    customers: await recordsInOrder(
      ctx,
      ids.map((row) => row.id),
    ),
    total: counted[0]?.total ?? 0,
  };
}

/** Newest first by keyset (createdAt, id): constant cost per page at any depth (the crm list and the pages). */
export async function listCustomers(ctx: CrmContext, query: CustomerListQuery, now = new Date()): Promise<CustomerList> {
  const db = await getDb();
  const position = query.cursor ? decodeCursor(query.cursor) : undefined;
  const after = position
    ? Prisma.sql`AND (c."createdAt", c.id) < ((${position.createdAt.toISOString()}::timestamptz AT TIME ZONE 'UTC'), ${position.id}::uuid)`
    : Prisma.empty;
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT c.id ${customerFilterSql(ctx, query, now)} ${after}
    ORDER BY c."createdAt" DESC, c.id DESC LIMIT ${query.limit + 1}`;
  const customers = await recordsInOrder(
    ctx,
    rows.slice(0, query.limit).map((row) => row.id),
  );
  const last = customers.at(-1);
  return { customers, nextCursor: rows.length > query.limit && last ? encodeCursor(last) : null };
}
