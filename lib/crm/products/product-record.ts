import type { Prisma } from "@/lib/db/client";

/** The product columns dialects and pages map from. */
export const productRecordSelect = {
  id: true,
  seq: true,
  name: true,
  description: true,
  type: true,
  price: true,
  taxRate: true,
  sku: true,
  active: true,
  createdAt: true,
  updatedAt: true,
} as const satisfies Prisma.ProductSelect;

export type ProductRecord = Prisma.ProductGetPayload<{ select: typeof productRecordSelect }>;

/** A product by its UUID or the suite's per-tenant number. */
export type ProductKey = { id: string } | { seq: number };
