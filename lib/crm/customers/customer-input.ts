import type { CustomerStatus, CustomerType } from "@/lib/db/generated/enums";

/**
 * A customer's writable fields in domain terms; the crm, suite and ribbon
 * dialects (and the pages) each map their own wire fields to this.
 * For changes, `undefined` leaves a field as it is and `null` clears it.
 */
export interface CustomerFields {
  name?: string;
  email?: string | null;
  phone?: string | null;
  company?: string | null;
  type?: CustomerType;
  status?: CustomerStatus;
  billingAddress?: string | null;
  shippingAddress?: string | null;
  address?: string | null;
  city?: string | null;
  state?: string | null;
  zip?: string | null;
  country?: string | null;
  paymentTerms?: string | null;
  /** Decimal as a string or number ("10000.00"); never summed as a float. */
  creditLimit?: string | number | null;
  taxId?: string | null;
  notes?: string | null;
  tags?: string[];
  customFields?: Record<string, unknown>;
  assignedToId?: string | null;
  leadId?: string | null;
  /** The integrator's own id (the ribbon's customerId). */
  externalId?: string | null;
}

export interface NewCustomer extends CustomerFields {
  name: string;
}
