import { z } from "zod";
import { queryOf } from "@/lib/http/page-query";
import { SEGMENT_KEYS } from "@/lib/crm/customers/customer-segments";
import { CUSTOMER_STATUSES, CUSTOMER_TYPES } from "@/lib/crm/customers/customer-schema";

/** The /customers filters as they come from the URL (the list, the chips and the export); anything unreadable is ignored. */
export const customerListQuery = z.object({
  status: z.enum(CUSTOMER_STATUSES).optional().catch(undefined),
  type: z.enum(CUSTOMER_TYPES).optional().catch(undefined),
  segment: z.enum(SEGMENT_KEYS).optional().catch(undefined),
  search: z.string().trim().max(200).optional().catch(undefined),
  cursor: z.string().max(200).optional().catch(undefined),
});
export type CustomerListQuery = z.infer<typeof customerListQuery>;

/** The filters as URL params (no cursor): the base of every chip, page and export link. */
export function filterParams(query: CustomerListQuery, overrides: Partial<CustomerListQuery> = {}): URLSearchParams {
  return queryOf({ status: query.status, type: query.type, segment: query.segment, search: query.search, ...overrides });
}
