import type { CrmContext } from "../context";
import type { CustomerFilter } from "../customers/customer-filter-sql";
import type { CustomerRecord } from "../customers/customer-record";
import { listCustomers } from "../customers/list-customers";

/**
 * The customers a filter lists (the same filter, segments and rep scope as
 * the list: it pages through `listCustomers`), newest first, a page at a time
 * from a keyset cursor so memory stays flat. One `now` for the whole export, so
 * a segment's membership does not shift between pages.
 */
export async function* exportCustomers(ctx: CrmContext, filter: CustomerFilter, pageSize = 500, now = new Date()): AsyncGenerator<CustomerRecord[]> {
  let cursor: string | undefined;
  do {
    const page = await listCustomers(ctx, { ...filter, limit: pageSize, cursor }, now);
    if (page.customers.length > 0) yield page.customers;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}
