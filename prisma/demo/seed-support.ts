import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { type Prisma } from "@/lib/db/generated/client";
import type { QuoteStatus, TicketPriority, TicketStatus } from "@/lib/db/generated/enums";
import { documentTotals } from "@/lib/crm/billing/invoice-totals";
import type { DemoRandom } from "./random";

const DAY = 86_400_000;

/** Quotes in every status and support tickets with replies, so /api/v2/quotes and /api/v2/tickets look alive. */
export async function seedQuotesAndTickets(
  db: Db,
  tenantId: string,
  customers: { id: string }[],
  products: { id: string; name: string; price: Prisma.Decimal; taxRate: Prisma.Decimal }[],
  random: DemoRandom,
  now: Date,
): Promise<void> {
  const year = now.getUTCFullYear();
  const quotes: Prisma.QuoteCreateManyInput[] = [];
  const quoteItems: Prisma.QuoteItemCreateManyInput[] = [];
  const statuses: QuoteStatus[] = ["draft", "sent", "sent", "accepted", "declined", "expired", "draft", "sent"];
  statuses.forEach((status, i) => {
    const id = randomUUID();
    const lines = Array.from({ length: random.int(1, 3) }, () => {
      const product = random.pick(products);
      return { product, qty: random.int(1, 4) };
    });
    const totals = documentTotals(lines.map((l) => ({ amount: l.product.price.toFixed(2), qty: l.qty, taxRate: l.product.taxRate.toFixed(2) })));
    const createdAt = new Date(now.getTime() - random.int(1, 40) * DAY);
    quotes.push({
      id,
      tenantId,
      seq: i + 1,
      number: `QUO-${year}-${String(i + 1).padStart(3, "0")}`,
      customerId: random.pick(customers).id,
      status,
      validUntil: new Date(Date.UTC(year, now.getUTCMonth(), now.getUTCDate()) + (status === "expired" ? -5 : 30) * DAY),
      subtotal: totals.subtotal,
      taxTotal: totals.taxTotal,
      amount: totals.total,
      createdAt,
    });
    lines.forEach((line, position) =>
      quoteItems.push({
        tenantId,
        quoteId: id,
        productId: line.product.id,
        position,
        description: line.product.name,
        amount: line.product.price,
        qty: line.qty,
        taxRate: line.product.taxRate,
        lineTotal: totals.lines[position]!.lineTotal,
      }),
    );
  });
  await db.quote.createMany({ data: quotes });
  await db.quoteItem.createMany({ data: quoteItems });

  const departments = await db.department.findMany({ where: { tenantId }, select: { id: true } });
  const subjects = [
    "Cannot log in",
    "Invoice shows the wrong VAT",
    "Phone keeps dropping calls",
    "Export to CSV fails",
    "Add two more seats",
    "Training request",
    "Password reset email missing",
    "Ribbon not loading",
  ];
  const tickets: Prisma.TicketCreateManyInput[] = [];
  const replies: Prisma.TicketReplyCreateManyInput[] = [];
  subjects.forEach((subject, i) => {
    const id = randomUUID();
    const status = random.pick<TicketStatus>(["open", "open", "pending", "closed"]);
    const createdAt = new Date(now.getTime() - random.int(1, 20) * DAY);
    tickets.push({
      id,
      tenantId,
      seq: i + 1,
      customerId: random.pick(customers).id,
      departmentId: departments.length > 0 ? random.pick(departments).id : null,
      subject,
      message: `${subject}. Could you help?`,
      status,
      priority: random.pick<TicketPriority>(["low", "medium", "high", "urgent"]),
      closedAt: status === "closed" ? new Date(createdAt.getTime() + 2 * DAY) : null,
      createdAt,
    });
    const thread = [
      { authorType: "staff", message: "Thanks for reaching out, we are looking into it." },
      { authorType: "customer", message: "Thank you, it still happens this morning." },
      { authorType: "staff", message: "Fixed on our side, please try again." },
    ].slice(0, random.int(1, 3));
    thread.forEach((reply, n) =>
      replies.push({
        tenantId,
        ticketId: id,
        authorType: reply.authorType,
        message: reply.message,
        createdAt: new Date(createdAt.getTime() + (n + 1) * 3_600_000),
      }),
    );
  });
  await db.ticket.createMany({ data: tickets });
  await db.ticketReply.createMany({ data: replies });
  await db.tenantCounter.createMany({
    data: [
      { tenantId, name: "quote", value: quotes.length },
      { tenantId, name: `quote-number:${year}`, value: quotes.length },
      { tenantId, name: "ticket", value: tickets.length },
    ],
    skipDuplicates: true,
  });
}
