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
  account: { select: { seq: true } },
  category: { select: { seq: true } },
  customer: { select: { seq: true } },
  invoice: { select: { seq: true, number: true } },
} as const satisfies Prisma.TransactionSelect;

export type TransactionRecord = Prisma.TransactionGetPayload<{ select: typeof transactionRecordSelect }>;
