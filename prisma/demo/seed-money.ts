import { randomUUID } from "node:crypto";
import { nextSeqBlock, SEQ } from "@/lib/crm/sequence";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { TicketPriority, TicketStatus } from "@/lib/db/generated/enums";
import { DemoRandom } from "./random";

const DAY = 86_400_000;
const D = (value: string | number) => new Prisma.Decimal(value);

/**
 * Money and support demo data on top of seed-tenant-data (which books invoice
 * payments and a few expenses): twelve months of income and expenses across
 * three accounts and six categories, so /transactions and the financial
 * chart have a year to show, and support tickets in every status with
 * conversations, assignees and departments. Dates are relative to now and
 * never in the future. Written in bulk, numbered with nextSeqBlock.
 */
export async function seedMoney(db: Db, tenantId: string, userIds: string[], seed: number, now = new Date()): Promise<void> {
  const random = new DemoRandom(seed);
  const accounts = await ensureAccounts(db, tenantId);
  const categories = await ensureCategories(db, tenantId);
  const customers = await db.customer.findMany({ where: { tenantId }, select: { id: true }, orderBy: { seq: "asc" }, take: 40 });
  // A few customers buy most: the top-customers table has a clear leader.
  const regulars = customers.slice(0, 6);

  const rows: Omit<Prisma.TransactionCreateManyInput, "seq">[] = [];
  for (let monthsAgo = 11; monthsAgo >= 0; monthsAgo--) {
    const first = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo, 1);
    const lastDay = monthsAgo === 0 ? now.getUTCDate() : new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo + 1, 0)).getUTCDate();
    const day = (d: number) => new Date(first + (Math.min(d, lastDay) - 1) * DAY);
    // Seasonal income: a slow summer and a strong quarter end.
    const month = new Date(first).getUTCMonth();
    const season = [1.0, 0.9, 1.25, 1.0, 1.05, 1.3, 0.75, 0.7, 1.2, 1.1, 1.15, 1.4][month]!;
    for (let i = 0, n = random.int(5, 9); i < n; i++) {
      const customer = random.chance(0.6) ? random.pick(regulars) : random.pick(customers);
      const service = random.chance(0.5);
      rows.push({
        tenantId,
        type: "income",
        accountId: accounts.bank,
        categoryId: service ? categories.services : categories.sales,
        customerId: customer?.id ?? null,
        amount: D(Math.round(random.int(250, 2600) * season * 100 + random.int(0, 99)) / 100),
        description: service
          ? random.pick(["Consulting retainer", "Implementation work", "Training day", "Support plan"])
          : random.pick(["Licence sale", "Seat top-up", "Hardware order"]),
        date: day(random.int(1, 28)),
        method: random.pick(["bank_transfer", "bank_transfer", "card"]),
      });
    }
    const expenses: [string, string, string, () => number][] = [
      ["Salaries", categories.salaries, accounts.bank, () => random.int(5200, 5600)],
      ["Office rent", categories.rent, accounts.bank, () => 1450],
      ["Software subscriptions", categories.software, accounts.card, () => random.int(180, 420)],
      ["Travel", categories.travel, accounts.card, () => random.int(60, 900)],
      ["Coffee and supplies", categories.operating, accounts.cash, () => random.int(25, 140)],
    ];
    for (const [description, categoryId, accountId, amount] of expenses) {
      rows.push({
        tenantId,
        type: "expense",
        accountId,
        categoryId,
        amount: D(`${amount()}.${String(random.int(0, 99)).padStart(2, "0")}`),
        description,
        date: day(description === "Salaries" ? 25 : random.int(1, 28)),
        method: accountId === accounts.card ? "card" : accountId === accounts.cash ? "cash" : "bank_transfer",
      });
    }
  }
  rows.sort((a, b) => (a.date as Date).getTime() - (b.date as Date).getTime());
  const firstSeq = await nextSeqBlock(db, tenantId, SEQ.transaction, rows.length);
  await db.transaction.createMany({ data: rows.map((row, i) => ({ ...row, seq: firstSeq + i })) });

  await seedTickets(db, tenantId, customers, userIds, random, now);
}

async function ensureAccounts(db: Db, tenantId: string): Promise<{ bank: string; card: string; cash: string }> {
  const bank = await db.account.findFirstOrThrow({ where: { tenantId, seq: 1 }, select: { id: true } });
  const first = await nextSeqBlock(db, tenantId, SEQ.account, 2);
  const card = await db.account.create({ data: { tenantId, seq: first, name: "Company card", kind: "card" }, select: { id: true } });
  const cash = await db.account.create({ data: { tenantId, seq: first + 1, name: "Petty cash", kind: "cash" }, select: { id: true } });
  return { bank: bank.id, card: card.id, cash: cash.id };
}

async function ensureCategories(db: Db, tenantId: string) {
  const byName = async (name: string) => (await db.category.findFirstOrThrow({ where: { tenantId, name }, select: { id: true } })).id;
  const first = await nextSeqBlock(db, tenantId, SEQ.category, 3);
  const created = await Promise.all(
    ["Rent", "Software", "Travel"].map((name, i) => db.category.create({ data: { tenantId, seq: first + i, name, type: "expense" }, select: { id: true } })),
  );
  return {
    sales: await byName("Sales"),
    services: await byName("Services"),
    operating: await byName("Operating expenses"),
    salaries: await byName("Salaries"),
    rent: created[0]!.id,
    software: created[1]!.id,
    travel: created[2]!.id,
  };
}

const CONVERSATIONS: { subject: string; message: string; thread: [author: "staff" | "customer", text: string][] }[] = [
  {
    subject: "Invoice total does not match the quote",
    message: "Our invoice is 40 more than the quote we accepted last week. Can you check?",
    thread: [
      ["staff", "Thanks, I am comparing the two documents now."],
      ["staff", "The quote excluded VAT on the support plan; the invoice adds it. I can send a corrected quote if you prefer."],
      ["customer", "That explains it, thank you. No need to change anything."],
    ],
  },
  {
    subject: "Calls drop after two minutes",
    message: "Since Monday every outbound call from the ribbon ends after about two minutes.",
    thread: [
      ["staff", "Sorry about that. Which browser and headset are you using?"],
      ["customer", "Chrome on Windows, Jabra Evolve 40."],
    ],
  },
  { subject: "Add three seats for the new team", message: "We are hiring three people in sales next month; please add seats.", thread: [] },
  {
    subject: "Export to CSV misses the phone column",
    message: "The customer export has every column but the phone number.",
    thread: [
      ["staff", "Reproduced here; a fix is planned for this week."],
      ["staff", "Fixed: the export includes phone numbers again. Could you try once more?"],
    ],
  },
  {
    subject: "Training for new starters",
    message: "Could we book a two-hour session for four new colleagues?",
    thread: [
      ["staff", "Of course. Would Tuesday or Thursday afternoon suit you?"],
      ["customer", "Thursday works."],
      ["staff", "Booked for Thursday 14:00. The invite is on its way."],
    ],
  },
  {
    subject: "Card payment declined",
    message: "Our renewal payment by card was declined but the bank says it went through.",
    thread: [["staff", "We see two attempts; the first was refused by the card issuer. We are checking the second with our processor."]],
  },
  {
    subject: "Password reset email not arriving",
    message: "The reset link never reaches my inbox, even in spam.",
    thread: [["staff", "Resent from our side; could you check again?"]],
  },
  {
    subject: "Webhook deliveries failing",
    message: "Our endpoint returns 200 but your log shows failed deliveries.",
    thread: [
      ["staff", "Your endpoint answers after 12 seconds; we wait 10. Could it answer first and work afterwards?"],
      ["customer", "Understood, we will queue the work instead."],
    ],
  },
];

async function seedTickets(db: Db, tenantId: string, customers: { id: string }[], userIds: string[], random: DemoRandom, now: Date): Promise<void> {
  const departments = await db.department.findMany({ where: { tenantId }, select: { id: true }, orderBy: { seq: "asc" } });
  // Every status several times, most recent first in the list.
  const statuses: TicketStatus[] = ["open", "open", "open", "pending", "pending", "closed", "closed", "open", "pending", "closed", "open", "closed"];
  const first = await nextSeqBlock(db, tenantId, SEQ.ticket, statuses.length);
  const tickets: Prisma.TicketCreateManyInput[] = [];
  const replies: Prisma.TicketReplyCreateManyInput[] = [];
  statuses.forEach((status, i) => {
    const conversation = CONVERSATIONS[i % CONVERSATIONS.length]!;
    const id = randomUUID();
    const createdAt = new Date(now.getTime() - (i * 2 + random.int(1, 3)) * DAY - random.int(1, 8) * 3_600_000);
    const thread = status === "open" && i % 3 === 0 ? [] : conversation.thread;
    const lastAt = new Date(createdAt.getTime() + (thread.length + 1) * 5 * 3_600_000);
    tickets.push({
      id,
      tenantId,
      seq: first + i,
      customerId: customers.length > 0 ? random.pick(customers).id : null,
      departmentId: departments.length > 0 ? departments[i % departments.length]!.id : null,
      assignedToId: userIds.length > 0 && random.chance(0.75) ? random.pick(userIds) : null,
      subject: conversation.subject,
      message: conversation.message,
      status,
      priority: random.pick<TicketPriority>(["low", "medium", "medium", "high", "urgent"]),
      closedAt: status === "closed" ? lastAt : null,
      createdAt,
      updatedAt: lastAt,
    });
    thread.forEach(([author, message], n) =>
      replies.push({
        tenantId,
        ticketId: id,
        authorType: author,
        userId: author === "staff" && userIds.length > 0 ? random.pick(userIds) : null,
        message,
        createdAt: new Date(createdAt.getTime() + (n + 1) * 5 * 3_600_000),
      }),
    );
  });
  await db.ticket.createMany({ data: tickets });
  await db.ticketReply.createMany({ data: replies });
}
