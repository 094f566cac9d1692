import { z } from "zod";
import type { CustomerRecord } from "@/lib/crm/customers/customer-record";

/** A customer as /dev/crm shows it: the seed's snake_case fields, UUID ids, money as exact decimal strings. */
export const crmCustomer = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  company: z.string().nullable(),
  type: z.enum(["individual", "business"]),
  status: z.enum(["active", "inactive", "blocked"]),
  billing_address: z.string().nullable(),
  shipping_address: z.string().nullable(),
  payment_terms: z.string().nullable(),
  credit_limit: z.string().nullable().describe('Exact decimal as a string, e.g. "10000.00"'),
  tax_id: z.string().nullable(),
  notes: z.string().nullable(),
  custom_fields: z.record(z.string(), z.unknown()),
  assigned_to: z.string().nullable(),
  lead_id: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type CrmCustomer = z.infer<typeof crmCustomer>;

export function toCrmCustomer(customer: CustomerRecord): CrmCustomer {
  return {
    id: customer.id,
    name: customer.name,
    email: customer.email,
    phone: customer.phone,
    company: customer.company,
    type: customer.type,
    status: customer.status,
    billing_address: customer.billingAddress,
    shipping_address: customer.shippingAddress,
    payment_terms: customer.paymentTerms,
    credit_limit: customer.creditLimit?.toFixed(2) ?? null,
    tax_id: customer.taxId,
    notes: customer.notes,
    custom_fields: (customer.customFields ?? {}) as Record<string, unknown>,
    assigned_to: customer.assignedToId,
    lead_id: customer.leadId,
    created_at: customer.createdAt.toISOString(),
    updated_at: customer.updatedAt.toISOString(),
  };
}
