import { getDb, type Prisma } from "@/lib/db/client";
import type { CrmContext } from "../context";
import { customerRecordSelect, type CustomerRecord } from "./customer-record";

export interface CustomerPageQuery {
  page: number;
  limit: number;
  /** Matches name, email, phone or company (case-insensitive, substring). */
  search?: string;
}

export interface CustomerPage {
  customers: CustomerRecord[];
  total: number;
}

/** Numbered pages with a total, as the suite seed's `meta` requires. */
export async function listCustomerPage(ctx: CrmContext, query: CustomerPageQuery): Promise<CustomerPage> {
  const db = await getDb();
  const where: Prisma.CustomerWhereInput = { tenantId: ctx.tenantId };
  const term = query.search?.trim();
  if (term) {
    where.OR = [
      { name: { contains: term, mode: "insensitive" } },
      { email: { contains: term.toLowerCase() } },
      { phone: { contains: term } },
      { company: { contains: term, mode: "insensitive" } },
    ];
  }
  const [customers, total] = await Promise.all([
    db.customer.findMany({
      where,
      orderBy: { seq: "asc" },
      skip: (query.page - 1) * query.limit,
      take: query.limit,
      select: customerRecordSelect,
    }),
    db.customer.count({ where }),
  ]);
  return { customers, total };
}
