import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { InteractionType, InvoiceStatus, OrderStatus, TicketStatus } from "@/lib/db/generated/enums";
import { nextSeq, SEQ } from "@/lib/crm/sequence";

/**
 * Test fixtures: history rows for a customer written straight to the database
 * (with given dates), so health, segments and reports can be checked against
 * known data. Not for application code.
 */
export const DAY = 86_400_000;
export const daysAgo = (days: number, now = new Date()) => new Date(now.getTime() - days * DAY);

export async function addProduct(tenantId: string, name: string, price: string): Promise<string> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const seq = await nextSeq(tx, tenantId, SEQ.product);
    return (await tx.product.create({ data: { tenantId, seq, name, price: new Prisma.Decimal(price) } })).id;
  });
}

export async function addOrder(
  tenantId: string,
  customerId: string,
  productId: string,
  total: string,
  orderDate: Date,
  status: OrderStatus = "delivered",
): Promise<string> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const seq = await nextSeq(tx, tenantId, SEQ.order);
    const order = await tx.order.create({
      data: { tenantId, seq, customerId, productId, quantity: 1, unitPrice: new Prisma.Decimal(total), total: new Prisma.Decimal(total), status, orderDate },
    });
    return order.id;
  });
}

export async function addInteraction(tenantId: string, customerId: string, occurredAt: Date, type: InteractionType = "call"): Promise<void> {
  const db = await getDb();
  await db.interaction.create({ data: { tenantId, customerId, type, subject: "Check-in", occurredAt } });
}

export async function addTicket(tenantId: string, customerId: string, status: TicketStatus = "open"): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const seq = await nextSeq(tx, tenantId, SEQ.ticket);
    await tx.ticket.create({ data: { tenantId, seq, customerId, subject: "Help", message: "It broke", status } });
  });
}

export async function addInvoice(tenantId: string, customerId: string, amount: string, dueDate: Date, status: InvoiceStatus = "unpaid"): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const seq = await nextSeq(tx, tenantId, SEQ.invoice);
    const value = new Prisma.Decimal(amount);
    await tx.invoice.create({
      data: { tenantId, seq, number: `INV-TEST-${seq}`, customerId, issueDate: daysAgo(40), dueDate, subtotal: value, amount: value, status },
    });
  });
}

export async function addFeedback(
  tenantId: string,
  customerId: string,
  rating: number,
  comment: string | null = null,
  createdAt = new Date(),
  category: string | null = null,
): Promise<void> {
  const db = await getDb();
  await db.feedbackResponse.create({ data: { tenantId, customerId, rating, comment, category, createdAt } });
}
