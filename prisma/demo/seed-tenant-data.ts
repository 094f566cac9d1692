import { randomUUID } from "node:crypto";
import { rebuildCallRollups } from "@/lib/crm/calls/rebuild-call-rollups";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { CallDirection, CallStatus, InteractionType, InvoiceStatus, LeadSource, LeadStatus, OrderStatus } from "@/lib/db/generated/enums";
import { normalizePhone } from "@/lib/crm/phone";
import { usageMonth } from "@/lib/crm/tenants/usage";
import { demoPerson } from "./people";
import { seedFeedback } from "./seed-feedback";
import { DemoRandom } from "./random";
import { seedQuotesAndTickets } from "./seed-support";

export interface DemoVolume {
  leads: number;
  customers: number;
  orders: number;
  invoices: number;
  calls: number;
  country: "uk" | "in" | "us";
}

const CITIES = {
  uk: ["London", "Leeds", "Manchester", "Bristol"],
  in: ["Mumbai", "Pune", "Bengaluru", "Delhi"],
  us: ["Austin", "Boston", "Denver", "Seattle"],
} as const;
const D = (value: string | number) => new Prisma.Decimal(value);
const DAY = 86_400_000;

const STATUS_WEIGHTS: [LeadStatus, number][] = [
  ["new", 30],
  ["contacted", 22],
  ["qualified", 15],
  ["proposal", 9],
  ["negotiation", 6],
  ["converted", 10],
  ["won", 3],
  ["lost", 10],
];
const SOURCE_WEIGHTS: [LeadSource, number][] = [
  ["website", 35],
  ["social", 15],
  ["referral", 14],
  ["email", 10],
  ["phone", 9],
  ["campaign", 9],
  ["direct", 5],
  ["other", 3],
];

/**
 * Bulk demo records for one tenant (which already has its users, accounts,
 * categories and departments). Rows are written with createMany and the
 * per-tenant counters set afterwards, so ids continue where the demo ends.
 */
export async function seedTenantData(db: Db, tenantId: string, userIds: string[], volume: DemoVolume, seed: number, now = new Date()): Promise<void> {
  const random = new DemoRandom(seed);

  const leadType = await db.leadType.create({ data: { tenantId, name: "motor-trade", description: "Motor trade partners" } });
  await db.leadSubtype.create({ data: { tenantId, leadTypeId: leadType.id, name: "valeter" } });

  const campaigns = ["Spring webinar", "Partner referral drive", "Q4 outbound"].map((name, i) => ({
    id: randomUUID(),
    tenantId,
    seq: i + 1,
    name,
    channel: ["email", "referral", "phone"][i],
    status: i === 2 ? "active" : "completed",
    startsAt: new Date(now.getTime() - (90 - i * 30) * DAY),
    budget: D(2500 + i * 1500),
  }));
  await db.campaign.createMany({ data: campaigns });

  // Customers: CUST001, CUST002… (the ribbon's own ids).
  const customers = Array.from({ length: volume.customers }, (_, i) => {
    const person = demoPerson(random, 10_000 + i, volume.country);
    const business = random.chance(0.6);
    const createdAt = new Date(now.getTime() - random.int(30, 360) * DAY);
    return {
      id: randomUUID(),
      tenantId,
      seq: i + 1,
      externalId: `CUST${String(i + 1).padStart(3, "0")}`,
      name: business ? person.company : person.name,
      email: person.email,
      phone: person.phone,
      phoneNormalized: normalizePhone(person.phone),
      company: person.company,
      type: business ? ("business" as const) : ("individual" as const),
      status: random.weighted([
        ["active", 85],
        ["inactive", 12],
        ["blocked", 3],
      ] as const),
      billingAddress: `${random.int(1, 200)} High Street`,
      address: `${random.int(1, 200)} High Street`,
      city: random.pick(CITIES[volume.country]),
      country: volume.country === "in" ? "IN" : volume.country === "us" ? "US" : "GB",
      paymentTerms: random.pick(["Net 15", "Net 30", "Due on receipt"]),
      creditLimit: D(random.pick([1000, 5000, 10000, 25000])),
      tags: random.chance(0.2) ? ["vip"] : [],
      customFields: { accountBalance: random.int(0, 9000) },
      assignedToId: random.pick(userIds),
      createdAt,
      updatedAt: createdAt,
    };
  });
  await db.customer.createMany({ data: customers });

  // Leads across the pipeline; converted/won ones point at a customer.
  let convertedIndex = 0;
  const leads = Array.from({ length: volume.leads }, (_, i) => {
    const person = demoPerson(random, i, volume.country);
    const status = random.weighted(STATUS_WEIGHTS);
    const createdAt = new Date(now.getTime() - random.int(0, 89) * DAY - random.int(0, 86_399) * 1000);
    const customer = status === "converted" || status === "won" ? customers[convertedIndex++ % customers.length] : undefined;
    const isDialler = random.chance(0.08);
    return {
      id: randomUUID(),
      tenantId,
      seq: i + 1,
      name: person.name,
      firstName: person.firstName,
      lastName: person.lastName,
      email: person.email,
      phone: person.phone,
      phoneNormalized: normalizePhone(person.phone),
      company: person.company,
      source: isDialler ? ("other" as const) : random.weighted(SOURCE_WEIGHTS),
      status,
      score: random.int(5, 98),
      value: random.chance(0.85) ? D(random.int(5, 480) * 100) : null,
      notes: random.chance(0.4)
        ? random.pick(["Asked for pricing", "Interested in enterprise plan", "Needs a demo for the team", "Budget approved for Q1", "Evaluating competitors"])
        : null,
      campaignId: random.chance(0.2) ? random.pick(campaigns).id : null,
      assignedToId: random.chance(0.8) ? random.pick(userIds) : null,
      // History is never in the future: a contact or conversion lands between creation and now.
      lastContactAt: status === "new" ? null : pastOf(createdAt.getTime() + random.int(1, 10) * DAY, now),
      customFields: isDialler ? { vehicle_make: random.pick(["Ford", "Toyota", "BMW"]), dialler_type: "motor-trade" } : {},
      leadTypeId: isDialler ? leadType.id : null,
      customerId: customer?.id ?? null,
      convertedAt: customer ? pastOf(createdAt.getTime() + random.int(5, 20) * DAY, now) : null,
      convertedById: customer ? random.pick(userIds) : null,
      createdAt,
      updatedAt: createdAt,
    };
  });
  for (const chunk of chunks(leads, 500)) await db.lead.createMany({ data: chunk });

  const interactions: Prisma.InteractionCreateManyInput[] = [];
  // Tasks draw from their own stream, so the rows seeded after these keep their values.
  const taskRandom = new DemoRandom(seed + 1);
  for (const lead of leads) {
    if (lead.status === "new") continue;
    // History happened between the lead's creation and its last contact (never in the future).
    const from = lead.createdAt.getTime();
    const until = Math.max(from, (lead.lastContactAt ?? now).getTime() - 3_600_000);
    for (let k = random.int(1, 3); k > 0; k--) {
      const type = random.pick<InteractionType>(["call", "email", "meeting", "note"]);
      const notes = random.pick(["Discussed pricing and features", "Sent the proposal", "Left a voicemail", "Booked a demo", "Followed up by email"]);
      const occurredAt = new Date(from + ((until - from) * random.int(1, 20)) / 20);
      random.chance(0.3);
      random.chance(0.3);
      // The latest touch of an open lead may carry the next step: due today or in the next two weeks.
      const task = k === 1 && OPEN_STATUSES.has(lead.status) && taskRandom.chance(0.55) ? demoTask(taskRandom, lead.status, now) : null;
      interactions.push({ tenantId, leadId: lead.id, userId: lead.assignedToId, type, subject: null, notes, occurredAt, ...task });
    }
  }
  for (const customer of customers) {
    for (let k = random.int(0, 3); k > 0; k--) {
      interactions.push({
        tenantId,
        customerId: customer.id,
        userId: customer.assignedToId,
        type: random.pick<InteractionType>(["call", "email", "meeting", "support", "purchase"]),
        subject: random.pick(["Quarterly review", "Renewal discussion", "Support follow-up", "New order", "Product training"]),
        notes: random.pick(["Went well", "Raised a billing question", "Wants more seats", "Happy with support"]),
        outcome: random.pick(["positive", "neutral", "completed", "negative"]),
        occurredAt: new Date(now.getTime() - random.int(0, 60) * DAY),
      });
    }
  }
  for (const chunk of chunks(interactions, 500)) await db.interaction.createMany({ data: chunk });

  const products = [
    ["Web Hosting", "99.99", "service", "10"],
    ["Consulting hour", "150.00", "service", "0"],
    ["Website build", "1500.00", "service", "10"],
    ["CRM seat (annual)", "480.00", "product", "20"],
    ["Support plan", "299.00", "service", "10"],
    ["Hardware phone", "89.50", "product", "20"],
    ["Training session", "650.00", "service", "0"],
    ["Data migration", "1200.00", "service", "10"],
  ].map(([name, price, type, taxRate], i) => ({
    id: randomUUID(),
    tenantId,
    seq: i + 1,
    name: name!,
    price: D(price!),
    type: type as "service" | "product",
    taxRate: D(taxRate!),
    description: `${name} for business customers`,
  }));
  await db.product.createMany({ data: products });

  const orders = Array.from({ length: volume.orders }, (_, i) => {
    const product = random.pick(products);
    const quantity = random.int(1, 5);
    const orderDate = new Date(now.getTime() - random.int(0, 120) * DAY);
    return {
      id: randomUUID(),
      tenantId,
      seq: i + 1,
      customerId: random.pick(customers).id,
      productId: product.id,
      quantity,
      unitPrice: product.price,
      total: product.price.times(quantity),
      status: random.pick<OrderStatus>(["pending", "processing", "shipped", "delivered", "delivered", "cancelled"]),
      orderDate,
      createdAt: orderDate,
    };
  });
  await db.order.createMany({ data: orders });

  await seedInvoices(db, tenantId, customers, products, volume.invoices, random, now);
  await seedCalls(db, tenantId, customers, userIds, volume.calls, random, now);
  await seedFeedback(
    db,
    tenantId,
    customers.map((c) => c.id),
    random,
    now,
  );

  await seedQuotesAndTickets(db, tenantId, customers, products, random, now);

  await db.tenantCounter.createMany({
    data: [
      ["lead", leads.length],
      ["customer", customers.length],
      ["campaign", campaigns.length],
      ["product", products.length],
      ["order", orders.length],
    ].map(([name, value]) => ({ tenantId, name: String(name), value: Number(value) })),
    skipDuplicates: true,
  });
}

const OPEN_STATUSES = new Set<LeadStatus>(["contacted", "qualified", "proposal", "negotiation"]);
const NEXT_ACTIONS: Partial<Record<LeadStatus, string[]>> = {
  contacted: ["Follow-up call", "Send case study", "Book a discovery call"],
  qualified: ["Book the demo", "Send pricing", "Intro to the decision maker"],
  proposal: ["Chase the proposal", "Answer pricing questions", "Call about the proposal"],
  negotiation: ["Send the contract", "Agree the discount", "Final call before signing"],
};

/** A next step due today (a few hours from now, within the UTC day) or on one of the next 14 days. */
function demoTask(random: DemoRandom, status: LeadStatus, now: Date): { nextAction: string; nextActionDate: Date } {
  const endOfDay = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1) - 60_000;
  const today = random.chance(0.3);
  const due = today
    ? Math.max(now.getTime(), Math.min(now.getTime() + random.int(10, 360) * 60_000, endOfDay))
    : Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + random.int(1, 14), random.int(8, 17));
  return { nextAction: random.pick(NEXT_ACTIONS[status] ?? ["Follow up"]), nextActionDate: new Date(due) };
}

/** A history time at most `now`. */
function pastOf(time: number, now: Date): Date {
  return new Date(Math.min(time, now.getTime()));
}

async function seedInvoices(
  db: Db,
  tenantId: string,
  customers: { id: string }[],
  products: { id: string; name: string; price: Prisma.Decimal; taxRate: Prisma.Decimal }[],
  count: number,
  random: DemoRandom,
  now: Date,
): Promise<void> {
  const account = await db.account.findFirstOrThrow({ where: { tenantId, seq: 1 } });
  const income = await db.category.findFirstOrThrow({ where: { tenantId, seq: 1 } });
  const expense = await db.category.findFirstOrThrow({ where: { tenantId, seq: 3 } });
  const perYear = new Map<number, number>();
  let transactionSeq = 0;
  // Oldest first, so invoice numbers rise with issue dates.
  const issueDates = Array.from({ length: count }, () => new Date(now.getTime() - random.int(0, 150) * DAY)).sort((a, b) => a.getTime() - b.getTime());
  for (const [i, issueDate] of issueDates.entries()) {
    const year = issueDate.getUTCFullYear();
    const n = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, n);
    const lines = Array.from({ length: random.int(1, 3) }, (_, position) => {
      const product = random.pick(products);
      const qty = D(random.int(1, 4));
      return {
        position,
        productId: product.id,
        description: product.name,
        amount: product.price,
        qty,
        taxRate: product.taxRate,
        lineTotal: product.price.times(qty),
      };
    });
    const subtotal = lines.reduce((sum, l) => sum.plus(l.lineTotal), D(0));
    const taxTotal = lines.reduce((sum, l) => sum.plus(l.lineTotal.times(l.taxRate).dividedBy(100)), D(0)).toDecimalPlaces(2);
    const amount = subtotal.plus(taxTotal);
    const paidShare = random.weighted([
      [0, 40],
      [0.5, 15],
      [1, 45],
    ] as const);
    const amountPaid = amount.times(paidShare).toDecimalPlaces(2);
    const status: InvoiceStatus = amountPaid.isZero() ? "unpaid" : amountPaid.gte(amount) ? "paid" : "partially_paid";
    const customerId = random.pick(customers).id;
    const invoice = await db.invoice.create({
      data: {
        tenantId,
        seq: i + 1,
        number: `INV-${year}-${String(n).padStart(3, "0")}`,
        customerId,
        issueDate,
        dueDate: new Date(issueDate.getTime() + 30 * DAY),
        subtotal,
        taxTotal,
        amount,
        amountPaid,
        status,
        notes: "Payment due within 30 days",
        createdAt: issueDate,
        items: { createMany: { data: lines.map((l) => ({ ...l, tenantId })) } },
      },
    });
    if (!amountPaid.isZero()) {
      await db.transaction.create({
        data: {
          tenantId,
          seq: ++transactionSeq,
          type: "income",
          accountId: account.id,
          categoryId: income.id,
          invoiceId: invoice.id,
          customerId,
          amount: amountPaid,
          description: `Payment for ${invoice.number}`,
          // Never in the future: a payment lands between the issue date and today.
          date: new Date(Math.min(issueDate.getTime() + random.int(1, 25) * DAY, now.getTime())),
        },
      });
    }
  }
  for (let m = 0; m < 5; m++) {
    await db.transaction.create({
      data: {
        tenantId,
        seq: ++transactionSeq,
        type: "expense",
        accountId: account.id,
        categoryId: expense.id,
        amount: D(random.int(300, 2500)),
        description: random.pick(["Office rent", "Telephony bill", "Software subscriptions", "Travel"]),
        date: new Date(now.getTime() - m * 30 * DAY),
      },
    });
  }
  const counters = [["invoice", count], ["transaction", transactionSeq], ...[...perYear].map(([year, n]) => [`invoice-number:${year}`, n])];
  await db.tenantCounter.createMany({ data: counters.map(([name, value]) => ({ tenantId, name: String(name), value: Number(value) })), skipDuplicates: true });
}

async function seedCalls(
  db: Db,
  tenantId: string,
  customers: { id: string; externalId: string; name: string; phone: string }[],
  userIds: string[],
  count: number,
  random: DemoRandom,
  now: Date,
): Promise<void> {
  const calls: Prisma.CallCreateManyInput[] = [];
  const events: Prisma.CallEventCreateManyInput[] = [];
  const thisMonth = usageMonth(now);
  let callsThisMonth = 0;
  for (let i = 0; i < count; i++) {
    const active = i < 2; // two calls still in progress right now
    const customer = random.chance(0.85) ? random.pick(customers) : undefined;
    const phoneNumber = customer?.phone ?? `+4420${random.int(10_000_000, 99_999_999)}`;
    const direction: CallDirection = random.chance(0.6) ? "outbound" : "inbound";
    const missed = !active && direction === "inbound" && random.chance(0.12);
    const startTime = active ? new Date(now.getTime() - random.int(20, 400) * 1000) : random.recentWorkTime(now, 30);
    // As the fold (lib/crm/calls/fold-call.ts) leaves them: a missed call has duration 0, an active one none.
    const talk =
      active || missed
        ? null
        : random.weighted([
            [random.int(5, 29), 10],
            [random.int(30, 59), 20],
            [random.int(60, 179), 40],
            [random.int(180, 299), 20],
            [random.int(300, 1500), 10],
          ] as const);
    const status: CallStatus = active ? "active" : missed ? "missed" : "completed";
    const endTime = talk !== null ? new Date(startTime.getTime() + talk * 1000) : missed ? new Date(startTime.getTime() + random.int(10, 40) * 1000) : null;
    const duration = missed ? 0 : talk;
    const callSid = `CA${startTime.getTime().toString(16)}${i.toString(16).padStart(4, "0")}`;
    const callId = randomUUID();
    if (usageMonth(startTime) === thisMonth) callsThisMonth++;
    calls.push({
      id: callId,
      tenantId,
      callSid,
      customerId: customer?.id ?? null,
      userId: random.pick(userIds),
      phoneNumber,
      phoneNormalized: normalizePhone(phoneNumber),
      direction,
      status,
      startTime,
      endTime,
      duration,
      connected: !missed,
      completedEventAt: status === "completed" ? endTime : null,
      domain: "yourcrm.com",
      firstEventAt: startTime,
      lastEventAt: endTime ?? startTime,
    });
    const customerData = customer ? { customerId: customer.externalId, name: customer.name } : undefined;
    const opening = direction === "inbound" ? ["incoming", ...(missed ? [] : ["connected"])] : ["connected"];
    const timeline = [...opening.map((event) => ({ event, at: startTime })), ...(endTime ? [{ event: "callEnded", at: endTime }] : [])];
    for (const { event, at } of timeline) {
      const logId = `log-${Math.floor(at.getTime() / 1000)}-${randomUUID().slice(0, 9)}`;
      events.push({
        tenantId,
        logId,
        fingerprint: `${callSid}:${event}:${at.toISOString()}`,
        callId,
        callSid,
        event,
        occurredAt: at,
        receivedAt: at,
        domain: "yourcrm.com",
        customerExternalId: customer?.externalId ?? null,
        callDirection: direction,
        data: {
          callSid,
          phoneNumber,
          callDirection: direction,
          ...(event === "callEnded" && talk !== null ? { duration: talk } : {}),
          ...(customerData ? { customerData } : {}),
        },
      });
    }
  }
  for (const chunk of chunks(calls, 500)) await db.call.createMany({ data: chunk });
  for (const chunk of chunks(events, 500)) await db.callEvent.createMany({ data: chunk });
  await db.tenantUsage.create({ data: { tenantId, month: thisMonth, calls: callsThisMonth } });
  await rebuildCallRollups(db, tenantId); // written in bulk, not through log-call
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
