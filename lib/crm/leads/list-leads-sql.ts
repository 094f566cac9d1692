import { getSql } from "@/lib/db/client";
import type { RunSql } from "@/lib/db/direct-sql";
import { Prisma } from "@/lib/db/generated/client";
import type { LeadSource, LeadStatus } from "@/lib/db/generated/enums";
import { limitedToOwner } from "../access/access";
import type { CrmContext } from "../context";
import type { KeysetPosition } from "../keyset-cursor";
import type { LeadRecord } from "./lead-record";
import { leadSearchKey } from "./lead-search";
import { afterCursorSql, leadWhereSql } from "./lead-where-sql";
import type { LeadFilter } from "./list-leads";

interface Row extends Omit<LeadRecord, "value" | "leadType" | "leadSubtype" | "source" | "status"> {
  value: string | Prisma.Decimal | null;
  source: LeadSource | null;
  status: LeadStatus;
  leadTypeName: string | null;
  leadSubtypeName: string | null;
}

const COLUMNS = Prisma.sql`l."id"::text, l."seq", l."name", l."firstName", l."lastName", l."email", l."phone", l."otherPhone", l."company",
  l."source"::text AS "source", l."status"::text AS "status", l."score", l."value"::text AS "value", l."notes",
  l."campaignId"::text, l."assignedToId"::text, l."lastContactAt", l."customFields", l."classification", l."priority",
  l."convertedAt", l."customerId"::text, l."createdAt", l."updatedAt",
  lt."name" AS "leadTypeName", ls."name" AS "leadSubtypeName"`;
const TYPE_JOINS = Prisma.sql`LEFT JOIN "LeadType" lt ON lt."id" = l."leadTypeId" LEFT JOIN "LeadSubtype" ls ON ls."id" = l."leadSubtypeId"`;
const NEWEST_FIRST = Prisma.sql`ORDER BY l."createdAt" DESC, l."id" DESC`;

/**
 * The newest-first lead page (createdAt desc, id desc) after `position`: the columns of
 * leadRecordSelect and the type names, sent straight to the driver (lib/db/direct-sql.ts). The list
 * is the crm API's most called read: Prisma's model query (plus a query per relation) cost about
 * 3 ms of CPU for a page of 50 (README "Leads at scale"). Without a search it is one walk of the
 * (tenantId, createdAt desc, id desc) index; a search is searchPage.
 */
export async function newestLeadsAfter(ctx: CrmContext, filter: LeadFilter, position: KeysetPosition | undefined, take: number): Promise<LeadRecord[]> {
  const sql = await getSql();
  const key = leadSearchKey(filter.search);
  const rows =
    key === undefined
      ? await sql<Row>(
          Prisma.sql`SELECT ${COLUMNS} FROM "Lead" l ${TYPE_JOINS}
          WHERE ${leadWhereSql(ctx, filter)} AND ${afterCursorSql(position)} ${NEWEST_FIRST} LIMIT ${limitSql(take)}`,
          // Without filters the plan is that index walk whatever the values: prepare it once per connection.
          { prepared: unfiltered(ctx, filter) },
        )
      : await searchPage(sql, ctx, filter, key, position, take);
  // One object literal per row (no rest/spread): a page maps 50 rows of 25 fields.
  return rows.map((row) => ({
    id: row.id,
    seq: row.seq,
    name: row.name,
    firstName: row.firstName,
    lastName: row.lastName,
    email: row.email,
    phone: row.phone,
    otherPhone: row.otherPhone,
    company: row.company,
    source: row.source,
    status: row.status,
    score: row.score,
    value: row.value === null ? null : new Prisma.Decimal(row.value),
    notes: row.notes,
    campaignId: row.campaignId,
    assignedToId: row.assignedToId,
    lastContactAt: row.lastContactAt,
    customFields: row.customFields,
    classification: row.classification,
    priority: row.priority,
    convertedAt: row.convertedAt,
    customerId: row.customerId,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    leadType: row.leadTypeName === null ? null : { name: row.leadTypeName },
    leadSubtype: row.leadSubtypeName === null ? null : { name: row.leadSubtypeName },
  }));
}

/**
 * A search page, newest first. PostgreSQL's own choice between walking the newest-first index (cheap when
 * many leads match) and collecting every match from the trigram index (cheap when few do) rests on an
 * estimate of how many match, read off a sample: for a term held by one lead in a thousand it guessed
 * either way and walked 56,000 index entries (12 ms) where the trigram index took 4 ms. So the walk is
 * tried first and measures the density itself:
 * 1. Match the newest SEARCH_WINDOW entries after the position. The index carries searchText, so this
 *    reads no table rows but the page's; and its plan is the same whatever the term, so it is prepared.
 *    A page found, or no more entries than the window: done.
 * 2. Otherwise DENSE or more matches in the window: keep walking from the window's end.
 * 3. Otherwise few match: collect every match from the trigram index and keep the newest.
 */
export const SEARCH_WINDOW = 2048;
const DENSE = 4;

async function searchPage(sql: RunSql, ctx: CrmContext, filter: LeadFilter, key: string, position: KeysetPosition | undefined, take: number): Promise<Row[]> {
  const where = leadWhereSql(ctx, { ...filter, search: undefined });
  const pattern = `%${key}%`;
  const after = afterCursorSql(position);
  // Filters (a status, an owner…) can make another index the best way to the newest entries: plan those each time.
  const prepared = unfiltered(ctx, filter);
  const rows = await sql<Row>(
    Prisma.sql`SELECT ${COLUMNS} FROM (
      SELECT w."id" FROM (SELECT l."id", l."createdAt", l."searchText" FROM "Lead" l WHERE ${where} AND ${after} ${NEWEST_FIRST} LIMIT ${limitSql(SEARCH_WINDOW)}) w
      WHERE w."searchText" LIKE lower(${pattern}) ORDER BY w."createdAt" DESC, w."id" DESC LIMIT ${limitSql(take)}
    ) page JOIN "Lead" l ON l."id" = page."id" ${TYPE_JOINS} ${NEWEST_FIRST}`,
    { prepared },
  );
  if (rows.length >= take) return rows;
  const [end] = await sql<KeysetPosition>(
    Prisma.sql`SELECT l."id"::text, l."createdAt" FROM "Lead" l WHERE ${where} AND ${after} ${NEWEST_FIRST} OFFSET ${limitSql(SEARCH_WINDOW - 1)} LIMIT 1`,
    { prepared },
  );
  if (!end) return rows;
  if (rows.length >= DENSE) {
    // `searchText || ''` is not the indexed column: PostgreSQL cannot switch to the trigram index.
    const more = await sql<{ id: string }>(Prisma.sql`
      SELECT l."id"::text FROM "Lead" l
      WHERE ${where} AND ${afterCursorSql(end)} AND (l."searchText" || '') LIKE lower(${pattern})
      ${NEWEST_FIRST} LIMIT ${limitSql(take - rows.length)}`);
    return [
      ...rows,
      ...(await leadsByIds(
        sql,
        ctx,
        more.map((row) => row.id),
      )),
    ];
  }
  // OFFSET 0 keeps the subquery whole: it finds every match (by the trigram index), then the newest are kept.
  const sparse = await sql<{ id: string }>(Prisma.sql`
    SELECT m."id"::text FROM (
      SELECT l."id", l."createdAt" FROM "Lead" l WHERE ${where} AND ${after} AND l."searchText" LIKE lower(${pattern}) OFFSET 0
    ) m ORDER BY m."createdAt" DESC, m."id" DESC LIMIT ${limitSql(take)}`);
  return leadsByIds(
    sql,
    ctx,
    sparse.map((row) => row.id),
  );
}

/** The rows of a page found by id, newest first; the lookup by primary key is prepared. */
function leadsByIds(sql: RunSql, ctx: CrmContext, ids: string[]): Promise<Row[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return sql<Row>(
    Prisma.sql`SELECT ${COLUMNS} FROM "Lead" l ${TYPE_JOINS}
    WHERE l."id" = ANY(${`{${ids.join(",")}}`}::uuid[]) AND l."tenantId" = ${ctx.tenantId}::uuid ${NEWEST_FIRST}`,
    { prepared: true },
  );
}

/** No filter but the tenant: the page is a walk of the newest-first index whatever the values. */
function unfiltered(ctx: CrmContext, filter: LeadFilter): boolean {
  return (
    !limitedToOwner(ctx) &&
    !filter.status &&
    !filter.source &&
    !filter.assignedToId &&
    !filter.campaignId &&
    !filter.createdFrom &&
    !filter.createdTo &&
    !filter.ids
  );
}

/** A page size as literal SQL: in the text, a prepared statement's plan knows how far it reads. */
function limitSql(take: number): Prisma.Sql {
  if (!Number.isSafeInteger(take) || take < 0) throw new Error(`Invalid page size ${take}`);
  return Prisma.raw(String(take));
}
