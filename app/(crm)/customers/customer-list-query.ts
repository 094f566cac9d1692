import { z } from "zod";
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

/** First values of the search params, empty ones dropped. */
export function firstValues(params: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, (Array.isArray(v) ? v[0] : v) || undefined]));
}

/** The filters as URL params (no cursor): the base of every chip, page and export link. */
export function filterParams(query: CustomerListQuery, overrides: Partial<CustomerListQuery> = {}): URLSearchParams {
  const merged = { status: query.status, type: query.type, segment: query.segment, search: query.search, ...overrides };
  return new URLSearchParams(Object.entries(merged).filter(([, v]) => v) as [string, string][]);
}
