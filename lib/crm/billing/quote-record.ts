import type { Prisma } from "@/lib/db/client";

export const quoteRecordSelect = {
  id: true,
  seq: true,
  number: true,
  customer: { select: { id: true, seq: true, name: true } },
  validUntil: true,
  subtotal: true,
  taxTotal: true,
  amount: true,
  status: true,
  notes: true,
  invoice: { select: { id: true, seq: true, number: true } },
  createdAt: true,
  updatedAt: true,
  items: {
    orderBy: { position: "asc" },
    select: { description: true, amount: true, qty: true, taxRate: true, lineTotal: true, productId: true, product: { select: { seq: true } } },
  },
} as const satisfies Prisma.QuoteSelect;

export type QuoteRecord = Prisma.QuoteGetPayload<{ select: typeof quoteRecordSelect }>;
