import { z } from "zod";
import type { CustomerFields } from "@/lib/crm/customers/customer-input";

const text = (max: number) => z.string().trim().max(max).nullable().optional();

/** The seed's customer fields (create); all optional for updates. */
export const suiteCustomerFields = z.object({
  account: z.string({ error: "Account is required" }).trim().min(1, "Account is required").max(200),
  email: z.string().trim().pipe(z.email("Invalid email format")).nullable().optional(),
  phone: z.string().trim().max(50).nullable().optional(),
  address: text(500),
  city: text(200),
  state: text(200),
  zip: text(20),
  country: text(100),
});

export type SuiteCustomerFields = Partial<z.infer<typeof suiteCustomerFields>>;

export function toCustomerFields(body: SuiteCustomerFields): CustomerFields {
  return {
    name: body.account,
    email: body.email,
    phone: body.phone,
    address: body.address,
    city: body.city,
    state: body.state,
    zip: body.zip,
    country: body.country,
  };
}
