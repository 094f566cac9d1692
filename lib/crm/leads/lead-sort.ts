import type { Prisma } from "@/lib/db/client";
import { LeadStatus } from "@/lib/db/generated/enums";
import { ValidationFailed } from "../errors";
import { isUuid } from "../uuid";

/** The columns a lead list can be ordered by. */
export const LEAD_SORT_KEYS = ["name", "company", "status", "score", "value", "created"] as const;
export type LeadSortKey = (typeof LEAD_SORT_KEYS)[number];
export type SortDirection = "asc" | "desc";

export interface LeadSort {
  key: LeadSortKey;
  direction: SortDirection;
}

/** Newest first: the lists' default, served by the (createdAt, id) keyset in keyset-cursor.ts. */
export const DEFAULT_LEAD_SORT: LeadSort = { key: "created", direction: "desc" };

export function isDefaultLeadSort(sort: LeadSort): boolean {
  return sort.key === DEFAULT_LEAD_SORT.key && sort.direction === DEFAULT_LEAD_SORT.direction;
}

const COLUMN = { name: "name", company: "company", status: "status", score: "score", value: "value", created: "createdAt" } as const;
/** Columns that may be empty: an empty one counts as the lowest value (first ascending, last descending). */
const NULLABLE: ReadonlySet<LeadSortKey> = new Set(["company", "score", "value"]);
/** The database's enum order (declaration order), which is what `ORDER BY status` follows. */
const STATUS_ORDER = Object.values(LeadStatus);

type SortValue = string | number | Date | null;

/** Where a sorted page ended: the sort it belongs to, the last row's sort value and id. */
interface SortPosition {
  sort: LeadSort;
  value: SortValue;
  id: string;
}

/**
 * ORDER BY sortKey, id in one direction. Every order here is one index read
 * forwards or backwards: (tenantId, column NULLS FIRST, id), see the
 * 20261126050000_lead_sort_indexes migration; created uses (tenantId, createdAt, id).
 */
export function leadOrderBy(sort: LeadSort): Prisma.LeadOrderByWithRelationInput[] {
  const column = COLUMN[sort.key];
  const first = NULLABLE.has(sort.key)
    ? { [column]: { sort: sort.direction, nulls: sort.direction === "asc" ? "first" : "last" } }
    : { [column]: sort.direction };
  return [first as Prisma.LeadOrderByWithRelationInput, { id: sort.direction }];
}

/** The row's value for the sort, as the cursor carries it. */
function sortValueOf(sort: LeadSort, row: LeadSortRow): SortValue {
  const value = row[COLUMN[sort.key]];
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") return value.toString(); // Decimal: exact text
  return value;
}

export interface LeadSortRow {
  id: string;
  name: string;
  company: string | null;
  status: string;
  score: number | null;
  value: { toString(): string } | null;
  createdAt: Date;
}

/** Opaque to clients: base64url of JSON {s: "key.direction", v, id}. */
export function encodeLeadSortCursor(sort: LeadSort, row: LeadSortRow): string {
  return Buffer.from(JSON.stringify({ s: `${sort.key}.${sort.direction}`, v: sortValueOf(sort, row), id: row.id }), "utf8").toString("base64url");
}

/** A cursor made under another sort (or tampered with) is refused, not silently misread. */
export function decodeLeadSortCursor(sort: LeadSort, cursor: string): SortPosition {
  const invalid = () => new ValidationFailed([{ field: "cursor", message: "Invalid cursor" }]);
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw invalid();
  }
  if (typeof parsed !== "object" || parsed === null) throw invalid();
  const { s, v, id } = parsed as { s?: unknown; v?: unknown; id?: unknown };
  if (s !== `${sort.key}.${sort.direction}` || typeof id !== "string" || !isUuid(id)) throw invalid();
  if (v === null) {
    if (!NULLABLE.has(sort.key)) throw invalid();
    return { sort, value: null, id };
  }
  if (sort.key === "score") {
    if (typeof v !== "number" || !Number.isInteger(v)) throw invalid();
    return { sort, value: v, id };
  }
  if (typeof v !== "string") throw invalid();
  if (sort.key === "created") {
    const at = new Date(v);
    if (Number.isNaN(at.getTime())) throw invalid();
    return { sort, value: at, id };
  }
  if (sort.key === "value" && !/^-?\d{1,12}(\.\d{1,2})?$/.test(v)) throw invalid();
  if (sort.key === "status" && !(STATUS_ORDER as string[]).includes(v)) throw invalid();
  return { sort, value: v, id };
}

/**
 * The rows after `position`, as consecutive slices of the sort order, each one
 * index range: the rest of the cursor's own value (same value, later id), then
 * the later values, then (descending) the empty ones; for status, one slice
 * per later status (Prisma has no `gt` on enums). The caller reads slices in
 * turn until the page is full. Spelled as one `a > x OR (a = x AND id > y)`
 * filter, PostgreSQL read every row before the cursor (~250 ms at 60,000 rows
 * deep); slices keep a deep page as cheap as the first.
 */
export function leadSortSlices(position: SortPosition): Prisma.LeadWhereInput[] {
  const { sort, value, id } = position;
  const column = COLUMN[sort.key];
  const asc = sort.direction === "asc";
  const where = (w: Record<string, unknown>) => w as Prisma.LeadWhereInput;
  const rest = where({ [column]: value, id: asc ? { gt: id } : { lt: id } });
  if (value === null) return asc ? [rest, where({ [column]: { not: null } })] : [rest];
  const slices = [rest];
  if (sort.key === "status") {
    const at = STATUS_ORDER.indexOf(value as LeadStatus);
    const later = asc ? STATUS_ORDER.slice(at + 1) : STATUS_ORDER.slice(0, at).reverse();
    slices.push(...later.map((status) => where({ status })));
  } else {
    slices.push(where({ [column]: asc ? { gt: value } : { lt: value } }));
  }
  if (!asc && NULLABLE.has(sort.key)) slices.push(where({ [column]: null }));
  return slices;
}
