import type { Prisma } from "@/lib/db/client";

/** The invoice columns (with items, and the suite numbers of what it names) dialects and pages map from. */
export const invoiceRecordSelect = {
  id: true,
  seq: true,
  number: true,
  customerId: true,
  customer: { select: { seq: true, name: true } },
  issueDate: true,
  dueDate: true,
  subtotal: true,
  taxTotal: true,
  amount: true,
  amountPaid: true,
  status: true,
  currency: true,
  notes: true,
  createdAt: true,
  updatedAt: true,
  items: {
    orderBy: { position: "asc" },
    select: { description: true, amount: true, qty: true, taxRate: true, lineTotal: true, productId: true, product: { select: { seq: true } } },
  },
} as const satisfies Prisma.InvoiceSelect;

export type InvoiceRecord = Prisma.InvoiceGetPayload<{ select: typeof invoiceRecordSelect }>;

/** An invoice by its UUID or the suite's per-tenant number. */
export type InvoiceKey = { id: string } | { seq: number };

/** A `YYYY-MM-DD` day as the UTC midnight a date column holds. */
export function dayToDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}
