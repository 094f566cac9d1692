import type { Prisma } from "@/lib/db/client";

/** The customer columns dialects map from. */
export const customerRecordSelect = {
  id: true,
  seq: true,
  externalId: true,
  name: true,
  email: true,
  phone: true,
  company: true,
  type: true,
  status: true,
  billingAddress: true,
  shippingAddress: true,
  address: true,
  city: true,
  state: true,
  zip: true,
  country: true,
  paymentTerms: true,
  creditLimit: true,
  taxId: true,
  notes: true,
  tags: true,
  customFields: true,
  assignedToId: true,
  leadId: true,
  createdAt: true,
  updatedAt: true,
} as const satisfies Prisma.CustomerSelect;

export type CustomerRecord = Prisma.CustomerGetPayload<{ select: typeof customerRecordSelect }>;
