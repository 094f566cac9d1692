import type { Prisma } from "@/lib/db/client";

/** The lead columns every dialect maps from, with the dialler type names. */
export const leadRecordSelect = {
  id: true,
  seq: true,
  name: true,
  firstName: true,
  lastName: true,
  email: true,
  phone: true,
  otherPhone: true,
  company: true,
  source: true,
  status: true,
  score: true,
  value: true,
  notes: true,
  campaignId: true,
  assignedToId: true,
  lastContactAt: true,
  customFields: true,
  classification: true,
  priority: true,
  convertedAt: true,
  customerId: true,
  createdAt: true,
  updatedAt: true,
  leadType: { select: { name: true } },
  leadSubtype: { select: { name: true } },
} as const satisfies Prisma.LeadSelect;

export type LeadRecord = Prisma.LeadGetPayload<{ select: typeof leadRecordSelect }>;
