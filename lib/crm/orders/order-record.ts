import type { Prisma } from "@/lib/db/client";

/** The order columns dialects map from, with the product's name. */
export const orderRecordSelect = {
  id: true,
  seq: true,
  customerId: true,
  productId: true,
  quantity: true,
  unitPrice: true,
  total: true,
  status: true,
  orderDate: true,
  shippingAddress: true,
  billingAddress: true,
  notes: true,
  createdAt: true,
  updatedAt: true,
  product: { select: { name: true } },
} as const satisfies Prisma.OrderSelect;

export type OrderRecord = Prisma.OrderGetPayload<{ select: typeof orderRecordSelect }>;
