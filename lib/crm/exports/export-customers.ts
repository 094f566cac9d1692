import { getDb, type Prisma } from "@/lib/db/client";
import type { CustomerStatus, CustomerType } from "@/lib/db/generated/enums";
import type { CrmContext } from "../context";
import { customerRecordSelect, type CustomerRecord } from "../customers/customer-record";
import { afterCursor } from "../keyset-cursor";

export interface CustomerExportFilter {
  status?: CustomerStatus;
  type?: CustomerType;
  /** Case-insensitive substring of name, email, phone or company. */
  search?: string;
}

function customerExportWhere(ctx: CrmContext, filter: CustomerExportFilter): Prisma.CustomerWhereInput {
  const term = filter.search?.trim();
  return {
    tenantId: ctx.tenantId,
    status: filter.status,
    type: filter.type,
    ...(term
      ? {
          OR: [
            { name: { contains: term, mode: "insensitive" } },
            { email: { contains: term, mode: "insensitive" } },
            { phone: { contains: term } },
            { company: { contains: term, mode: "insensitive" } },
          ],
        }
      : {}),
  };
}

/** The tenant's customers matching a filter, newest first, a page at a time from a keyset cursor. */
export async function* exportCustomers(ctx: CrmContext, filter: CustomerExportFilter, pageSize = 2000): AsyncGenerator<CustomerRecord[]> {
  const db = await getDb();
  let after: { createdAt: Date; id: string } | undefined;
  for (;;) {
    const page = await db.customer.findMany({
      where: { AND: [customerExportWhere(ctx, filter), afterCursor(after)] },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: pageSize,
      select: customerRecordSelect,
    });
    if (page.length === 0) return;
    yield page;
    if (page.length < pageSize) return;
    const last = page.at(-1)!;
    after = { createdAt: last.createdAt, id: last.id };
  }
}
