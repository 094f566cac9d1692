import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { InteractionType, InvoiceStatus, TicketStatus } from "@/lib/db/generated/enums";
import { normalizePhone } from "@/lib/crm/phone";
import { SEQ, nextSeq } from "@/lib/crm/sequence";
import { sentimentOf } from "@/lib/nlp/sentiment";

const DAY = 86_400_000;
const D = (value: string | number) => new Prisma.Decimal(value);

type Owner = "admin" | "manager" | "rep" | null;

/** A customer with a known history, so each health part and band shows on the pages (the numbers in the comments are the rules' points). */
interface Story {
  name: string;
  email: string;
  type: "business" | "individual";
  owner: Owner;
  createdDaysAgo: number;
  notes: string;
  /** Days ago, with a type and subject. */
  interactions: [days: number, type: InteractionType, subject: string, notes: string][];
  /** Days ago, product name, quantity. */
  orders: [days: number, product: string, qty: number][];
  feedback: [days: number, rating: number, category: string, comment: string][];
  tickets: [status: TicketStatus, priority: "low" | "medium" | "high" | "urgent", subject: string][];
  /** Days until due (negative: overdue), amount, status. */
  invoices: [dueInDays: number, amount: string, status: InvoiceStatus][];
}

const STORIES: Story[] = [
  {
    // 25 + 15 + 20 + 15 + 15 + 10 = 100: healthy, high value.
    name: "Northwind Traders",
    email: "accounts@northwind-traders.example",
    type: "business",
    owner: "manager",
    createdDaysAgo: 400,
    notes: "Flagship account; renewal every March.",
    interactions: [
      [2, "meeting", "Quarterly business review", "Walked through usage; they want two more teams on the CRM."],
      [9, "email", "Seat expansion quote", "Sent the quote for 10 more seats."],
      [17, "call", "Training plan", "Agreed dates for the admin training."],
      [28, "purchase", "Website rebuild signed", "Signed the website build for their new brand."],
      [41, "support", "SSO question", "Explained the SSO setup; solved on the call."],
      [55, "call", "Check-in", "Happy with support; asked about the mobile app."],
      [70, "meeting", "Roadmap session", "Shared the roadmap; keen on reports."],
    ],
    orders: [
      [12, "Website build", 4],
      [40, "CRM seat (annual)", 10],
      [120, "Data migration", 3],
    ],
    feedback: [
      [20, 5, "support", "Excellent support, friendly and knowledgeable staff."],
      [75, 5, "product", "Great product, the onboarding was easy and the training was excellent."],
    ],
    tickets: [["closed", "low", "Export column order"]],
    invoices: [[-20, "6000.00", "paid"]],
  },
  {
    // 25 + 9.9 + 15 + 12 + 15 + 4 = 80.9 → 81: healthy, but one invoice overdue.
    name: "Harbor Studio",
    email: "hello@harbor-studio.example",
    type: "business",
    owner: "rep",
    createdDaysAgo: 210,
    notes: "Design studio, 12 people.",
    interactions: [
      [5, "call", "Invoice reminder", "Promised to pay the open invoice this week."],
      [12, "meeting", "Project kickoff", "Kicked off the consulting block."],
      [20, "purchase", "Consulting hours", "Bought six consulting hours."],
      [33, "email", "Proposal follow-up", "Answered questions on the proposal."],
    ],
    orders: [
      [20, "Consulting hour", 6],
      [100, "Web Hosting", 9],
    ],
    feedback: [[30, 4, "product", "Good product overall, the reports could load faster."]],
    tickets: [],
    invoices: [
      [-12, "900.00", "partially_paid"],
      [15, "299.00", "unpaid"],
    ],
  },
  {
    // 25 + 4.95 + 6 + 9 + 15 + 10 = 69.95 → 70: brand new, just healthy (one welcome call).
    name: "Maple Dental",
    email: "frontdesk@maple-dental.example",
    type: "business",
    owner: null,
    createdDaysAgo: 2,
    notes: "Came in through the website form; nobody owns it yet.",
    interactions: [[1, "call", "Welcome call", "Introduced the team; they want a demo next week."]],
    orders: [],
    feedback: [],
    tickets: [],
    invoices: [],
  },
  {
    // 18.75 + 9.9 + 6 + 15 + 4.5 + 10 = 64.15 → 64: at risk (two open tickets).
    name: "Cedar & Pine Consulting",
    email: "office@cedar-pine.example",
    type: "business",
    owner: "rep",
    createdDaysAgo: 150,
    notes: "Small consultancy; uses the support plan heavily.",
    interactions: [
      [22, "support", "Import errors", "Their CSV had merged cells; sent a clean template."],
      [50, "call", "Check-in", "Fine overall; two tickets still open."],
      [80, "email", "Welcome pack", "Sent the onboarding guide."],
    ],
    orders: [],
    feedback: [[40, 5, "support", "The support team was fantastic and solved my problem within the hour."]],
    tickets: [
      ["open", "high", "Calendar sync stops every night"],
      ["pending", "medium", "Need a second admin account"],
    ],
    invoices: [],
  },
  {
    // 12.5 + 4.95 + 8 + 7.5 + 9 + 10 = 51.95 → 52: at risk (quiet, orders down, lukewarm).
    name: "Bluebird Bakery",
    email: "orders@bluebird-bakery.example",
    type: "individual",
    owner: "rep",
    createdDaysAgo: 260,
    notes: "Owner-run bakery; price sensitive.",
    interactions: [
      [38, "call", "Price question", "Asked for a discount on the training."],
      [75, "purchase", "Support plan renewal", "Renewed the support plan for three months."],
    ],
    orders: [
      [50, "Training session", 1],
      [130, "Support plan", 3],
    ],
    feedback: [[45, 3, "billing", "The pricing is a bit high compared to alternatives."]],
    tickets: [["open", "medium", "Receipt printer not found"]],
    invoices: [[20, "650.00", "unpaid"]],
  },
  {
    // 0 + 0 + 6 + 9 + 9 + 4 = 28: critical, silent for months (inactive 90 days).
    name: "Orchid Wellness",
    email: "team@orchid-wellness.example",
    type: "business",
    owner: "manager",
    createdDaysAgo: 320,
    notes: "Went quiet after their founder left.",
    interactions: [[200, "meeting", "Annual plan", "Discussed a bigger plan; no decision."]],
    orders: [[220, "Training session", 1]],
    feedback: [],
    tickets: [["pending", "low", "Cancel one user"]],
    invoices: [[-40, "650.00", "unpaid"]],
  },
  {
    // 0 + 0 + 2 + 0 + 0 + 0 = 2: critical, high value (a big customer in trouble); the rep cannot see it.
    name: "Granite Logistics",
    email: "it@granite-logistics.example",
    type: "business",
    owner: "admin",
    createdDaysAgo: 380,
    notes: "Big rollout last spring; unhappy since the migration.",
    interactions: [[125, "support", "Migration issues", "Escalated the data migration problems."]],
    orders: [
      [150, "Website build", 8],
      [60, "Consulting hour", 3],
    ],
    feedback: [
      [100, 1, "billing", "Terrible billing experience, we were charged twice and the refund is still missing."],
      [70, 2, "support", "Support kept closing my ticket without solving the issue."],
    ],
    tickets: [
      ["open", "urgent", "Shipments missing from the customer list"],
      ["open", "high", "Duplicate invoices"],
      ["pending", "medium", "Refund not received"],
    ],
    invoices: [
      [-45, "1200.00", "unpaid"],
      [-20, "450.00", "partially_paid"],
    ],
  },
];

/**
 * Customers whose health tells a story (healthy, at risk, critical, brand new,
 * high value in trouble), owned by the admin, the manager, the rep or nobody,
 * so the gauge, the parts, the bands, the segments and the rep's view all have
 * something to show. Dates are relative to now. Runs after seedTenantData
 * (products and counters exist).
 */
export async function seedCustomerStories(db: Db, tenantId: string, users: { admin: string; manager: string; rep: string }, now = new Date()): Promise<void> {
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  const products = new Map((await db.product.findMany({ where: { tenantId }, select: { id: true, name: true, price: true } })).map((p) => [p.name, p]));
  for (const story of STORIES) {
    const ownerId = story.owner ? users[story.owner] : null;
    const createdAt = ago(story.createdDaysAgo);
    const phone = `+44 20 7946 ${String(1000 + STORIES.indexOf(story) * 7).slice(-4)}`;
    const customer = await db.customer.create({
      data: {
        tenantId,
        seq: await nextSeq(db, tenantId, SEQ.customer),
        name: story.name,
        email: story.email,
        phone,
        phoneNormalized: normalizePhone(phone),
        company: story.type === "business" ? story.name : null,
        type: story.type,
        status: "active",
        city: "London",
        country: "GB",
        paymentTerms: "Net 30",
        creditLimit: D(10000),
        notes: story.notes,
        assignedToId: ownerId,
        createdAt,
        updatedAt: createdAt,
      },
    });
    await db.interaction.createMany({
      data: story.interactions.map(([days, type, subject, notes]) => ({
        tenantId,
        customerId: customer.id,
        userId: ownerId,
        type,
        subject,
        notes,
        outcome: type === "support" ? "resolved" : "completed",
        occurredAt: ago(days),
      })),
    });
    for (const [days, productName, qty] of story.orders) {
      const product = products.get(productName);
      if (!product) continue;
      await db.order.create({
        data: {
          tenantId,
          seq: await nextSeq(db, tenantId, SEQ.order),
          customerId: customer.id,
          productId: product.id,
          quantity: qty,
          unitPrice: product.price,
          total: product.price.times(qty),
          status: days < 15 ? "processing" : "delivered",
          orderDate: ago(days),
          createdAt: ago(days),
        },
      });
    }
    await db.feedbackResponse.createMany({
      data: story.feedback.map(([days, rating, category, comment]) => {
        const sentiment = sentimentOf(comment);
        return {
          tenantId,
          customerId: customer.id,
          rating,
          category,
          comment,
          sentiment: sentiment.label,
          sentimentScore: sentiment.score,
          createdAt: ago(days),
        };
      }),
    });
    for (const [i, [status, priority, subject]] of story.tickets.entries()) {
      await db.ticket.create({
        data: {
          tenantId,
          seq: await nextSeq(db, tenantId, SEQ.ticket),
          customerId: customer.id,
          assignedToId: ownerId,
          subject,
          message: `${subject}. Reported by ${story.name}.`,
          status,
          priority,
          closedAt: status === "closed" ? ago(10 + i) : null,
          createdAt: ago(15 + i * 6),
        },
      });
    }
    for (const [dueInDays, amount, status] of story.invoices) {
      const issueDate = new Date(now.getTime() + (dueInDays - 30) * DAY);
      const year = issueDate.getUTCFullYear();
      const value = D(amount);
      const paid = status === "paid" ? value : status === "partially_paid" ? value.dividedBy(2).toDecimalPlaces(2) : D(0);
      await db.invoice.create({
        data: {
          tenantId,
          seq: await nextSeq(db, tenantId, SEQ.invoice),
          number: `INV-${year}-${String(await nextSeq(db, tenantId, `invoice-number:${year}`)).padStart(3, "0")}`,
          customerId: customer.id,
          issueDate: new Date(`${issueDate.toISOString().slice(0, 10)}T00:00:00Z`),
          dueDate: new Date(`${new Date(now.getTime() + dueInDays * DAY).toISOString().slice(0, 10)}T00:00:00Z`),
          subtotal: value,
          taxTotal: D(0),
          amount: value,
          amountPaid: paid,
          status,
          notes: "Payment due within 30 days",
          createdAt: issueDate,
          items: { create: [{ tenantId, position: 0, description: "Services", amount: value, qty: D(1), taxRate: D(0), lineTotal: value }] },
        },
      });
    }
  }
}
