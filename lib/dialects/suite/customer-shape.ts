import { z } from "zod";
import type { CustomerRecord } from "@/lib/crm/customers/customer-record";

/** A customer as /api/v2 shows it: integer id, `account` for the name, the seed's address parts. */
export const suiteCustomer = z.object({
  id: z.number().int(),
  account: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  city: z.string().nullable(),
  state: z.string().nullable(),
  zip: z.string().nullable(),
  country: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type SuiteCustomer = z.infer<typeof suiteCustomer>;

export function toSuiteCustomer(customer: CustomerRecord): SuiteCustomer {
  return {
    id: customer.seq,
    account: customer.name,
    email: customer.email,
    phone: customer.phone,
    address: customer.address,
    city: customer.city,
    state: customer.state,
    zip: customer.zip,
    country: customer.country,
    created_at: customer.createdAt.toISOString(),
    updated_at: customer.updatedAt.toISOString(),
  };
}
