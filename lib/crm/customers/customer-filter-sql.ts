import { Prisma } from "@/lib/db/generated/client";
import type { CustomerStatus, CustomerType } from "@/lib/db/generated/enums";
import { ownerScopeSql } from "../access/access";
import type { CrmContext } from "../context";
import { segmentRule, type SegmentKey } from "./customer-segments";
import { healthRowsSql } from "./health-sql";

/** Filters every customer list shares (crm keyset list, suite numbered pages, pages, the CSV export). */
export interface CustomerFilter {
  status?: CustomerStatus;
  type?: CustomerType;
  /** One of SEGMENTS: the same rule that counts the segment. */
  segment?: SegmentKey;
  /** Matches name, email, phone or company (case-insensitive, substring). */
  search?: string;
}

/**
 * FROM … WHERE for a filter over `c` (the Customer row), in SQL so a segment's
 * rule (which may need aggregates) filters exactly as it counts; a rep sees
 * only their own and unassigned customers. The list and the export both read it.
 */
export function customerFilterSql(ctx: CrmContext, filter: CustomerFilter, now: Date): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`c."tenantId" = ${ctx.tenantId}::uuid`, ownerScopeSql(ctx, `c."assignedToId"`)];
  if (filter.status) conditions.push(Prisma.sql`c.status = ${filter.status}::"CustomerStatus"`);
  if (filter.type) conditions.push(Prisma.sql`c.type = ${filter.type}::"CustomerType"`);
  const term = filter.search?.trim();
  if (term) {
    const like = `%${term.replace(/[\\%_]/g, "\\$&")}%`;
    conditions.push(Prisma.sql`(c.name ILIKE ${like} OR c.email ILIKE ${like} OR c.phone ILIKE ${like} OR c.company ILIKE ${like})`);
  }
  const segment = filter.segment ? segmentRule(filter.segment) : undefined;
  if (segment) conditions.push(segment.predicate(now));
  const join = segment?.aggregate ? Prisma.sql`JOIN (${healthRowsSql(ctx.tenantId, now)}) hv ON hv.id = c.id` : Prisma.empty;
  return Prisma.sql`FROM "Customer" c ${join} WHERE ${Prisma.join(conditions, " AND ")}`;
}
