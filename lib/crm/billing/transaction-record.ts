import type { Prisma } from "@/lib/db/client";

export const transactionRecordSelect = {
  id: true,
  seq: true,
  type: true,
  amount: true,
  description: true,
  date: true,
  reference: true,
  method: true,
  createdAt: true,
  updatedAt: true,
  account: { select: { seq: true, name: true } },
  category: { select: { seq: true, name: true } },
  customer: { select: { id: true, seq: true, name: true } },
  invoice: { select: { seq: true, number: true } },
} as const satisfies Prisma.TransactionSelect;

export type TransactionRecord = Prisma.TransactionGetPayload<{ select: typeof transactionRecordSelect }>;
