import type { Prisma } from "@/lib/db/client";

/** The customer fields a document's "Billed to" block shows (invoices and quotes alike). */
export const billedToSelect = {
  id: true,
  seq: true,
  name: true,
  company: true,
  email: true,
  phone: true,
  billingAddress: true,
  address: true,
  city: true,
  state: true,
  zip: true,
  country: true,
  taxId: true,
} as const satisfies Prisma.CustomerSelect;

export type BilledTo = Prisma.CustomerGetPayload<{ select: typeof billedToSelect }>;

/** The customer's postal address as lines (suite parts first, else the crm's free-text billing address). */
export function customerAddressLines(customer: BilledTo): string[] {
  const cityLine = [customer.city, customer.state, customer.zip].filter(Boolean).join(", ");
  const parts = [customer.address, cityLine, customer.country].filter((line): line is string => Boolean(line && line.trim()));
  if (parts.length > 0) return parts;
  return (customer.billingAddress ?? "").split(/\r?\n|,\s*/).filter((line) => line.trim());
}
