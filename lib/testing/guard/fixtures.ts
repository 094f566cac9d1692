import { randomBytes, randomUUID } from "node:crypto";
import { createInvoice } from "@/lib/crm/billing/create-invoice";
import { createQuote } from "@/lib/crm/billing/create-quote";
import { createTransaction } from "@/lib/crm/billing/transactions";
import { createTicket } from "@/lib/crm/tickets/create-ticket";
import { createCustomer } from "@/lib/crm/customers/create-customer";
import { requestFeedback } from "@/lib/crm/feedback/request-feedback";
import { finishImportJob, startImportJob } from "@/lib/crm/imports/import-job";
import { createInteraction } from "@/lib/crm/interactions/create-interaction";
import { createLead } from "@/lib/crm/leads/create-lead";
import { leadPublicId } from "@/lib/crm/leads/lead-public-id";
import { createOrder } from "@/lib/crm/orders/create-order";
import { createProduct } from "@/lib/crm/products/create-product";
import { createWebhook } from "@/lib/crm/webhooks/create-webhook";
import type { TestTenant } from "@/lib/testing/test-tenant";
import type { GuardedEndpoint } from "./registry";

/**
 * How to create, in one tenant, the row an endpoint's path names. The
 * isolation matrix creates it in tenant A and asks for it with tenant B's key.
 * `marker` is a unique string to put in the row's text fields, so lists of
 * another tenant can be searched for it.
 *
 * An endpoint with a path id that no fixture matches FAILS the guard
 * ("isolation fixtures" test): add a line here when you add such an endpoint.
 */
export interface Fixture {
  /** The declared paths this fixture serves (matched against `spec.path`). */
  path: RegExp;
  /** Creates the row in `tenant` and answers the path params that name it. */
  create(tenant: TestTenant, marker: string): Promise<Record<string, string>>;
}

// The first match wins: longer paths (an interaction under a lead) come before their parents.
export const FIXTURES: readonly Fixture[] = [
  {
    path: /^\/dev\/crm\/leads\/\{leadId\}\/interactions\/\{interactionId\}/,
    create: async (t, m) => {
      const l = await lead(t, m);
      return { leadId: l.id, interactionId: (await interaction(t, { leadId: l.id }, m)).id };
    },
  },
  { path: /^\/dev\/crm\/leads\/\{leadId\}/, create: async (t, m) => ({ leadId: (await lead(t, m)).id }) },
  { path: /^\/api\/leads\/\{id\}/, create: async (t, m) => ({ id: leadPublicId((await lead(t, m)).id) }) },
  {
    path: /^\/dev\/crm\/customers\/\{customerId\}\/interactions\/\{interactionId\}/,
    create: async (t, m) => {
      const c = await customer(t, m);
      return { customerId: c.id, interactionId: (await interaction(t, { customerId: c.id }, m)).id };
    },
  },
  { path: /^\/dev\/crm\/customers\/\{customerId\}/, create: async (t, m) => ({ customerId: (await customer(t, m)).id }) },
  { path: /^\/api\/v2\/customers\/\{id\}/, create: async (t, m) => ({ id: String((await customer(t, m)).seq) }) },
  { path: /^\/api\/ribbon\/customer\/\{customerId\}/, create: async (t, m) => ({ customerId: (await customer(t, m)).externalId! }) },
  {
    path: /^\/dev\/crm\/feedback\/\{feedbackId\}$/,
    create: async (t, m) => ({ feedbackId: (await requestFeedback(t.ctx, (await customer(t, `${m}-feedback`)).id)).request.id }),
  },
  {
    path: /^\/dev\/crm\/imports\/\{jobId\}/,
    create: async (t, m) => {
      const job = await startImportJob(t.ctx, { kind: "leads", fileName: `${m}.csv`, onDuplicate: "skip" });
      await finishImportJob(job.id, { bytesRead: 0 });
      return { jobId: job.id };
    },
  },
  { path: /^\/dev\/crm\/orders\/\{orderId\}/, create: async (t, m) => ({ orderId: (await order(t, m)).id }) },
  {
    path: /^\/api\/v2\/invoices\/\{id\}/,
    create: async (t, m) => ({
      id: String(
        (await createInvoice(t.ctx, { customer: { id: (await customer(t, m)).id }, items: [{ description: m, amount: "10.00", qty: 1 }], notes: m })).seq,
      ),
    }),
  },
  {
    path: /^\/api\/v2\/quotes\/\{id\}/,
    create: async (t, m) => ({
      id: String((await createQuote(t.ctx, { customer: { id: (await customer(t, m)).id }, items: [{ description: m, amount: "10.00", qty: 1 }] })).seq),
    }),
  },
  {
    path: /^\/api\/v2\/transactions\/\{id\}/,
    create: async (t, m) => ({
      id: String((await createTransaction(t.ctx, { type: "income", accountSeq: 1, amount: "10.00", description: m, date: "2026-05-01" })).seq),
    }),
  },
  { path: /^\/api\/v2\/tickets\/\{id\}/, create: async (t, m) => ({ id: String((await createTicket(t.ctx, { subject: `Ticket ${m}`, message: m })).seq) }) },
  { path: /^\/api\/v2\/products\/\{id\}/, create: async (t, m) => ({ id: String((await product(t, m)).seq) }) },
  {
    path: /^\/api\/v2\/webhooks\/\{id\}/,
    create: async (t, m) => ({
      id: String((await createWebhook(t.ctx, { url: `http://127.0.0.1:9/${m}`, events: ["lead.created"], description: m })).webhook.seq),
    }),
  },
];

const lead = (t: TestTenant, marker: string) =>
  createLead(t.ctx, { name: `Lead ${marker}`, email: `${marker}@guard.example`, company: `Co ${marker}`, notes: marker, source: "website" });
const customer = (t: TestTenant, marker: string) =>
  createCustomer(t.ctx, { name: `Customer ${marker}`, email: `${marker}@guard.example`, company: `Co ${marker}`, notes: marker, externalId: `EXT-${marker}` });
const interaction = (t: TestTenant, owner: { leadId: string } | { customerId: string }, marker: string) =>
  createInteraction(t.ctx, owner, { type: "note", subject: `Note ${marker}`, notes: marker });
const product = (t: TestTenant, marker: string) => createProduct(t.ctx, { name: `Product ${marker}`, price: "12.50", description: marker });
const order = async (t: TestTenant, marker: string) =>
  createOrder(t.ctx, { customerId: (await customer(t, marker)).id, productId: (await product(t, marker)).id, quantity: 2, notes: marker });

export function fixtureFor(target: GuardedEndpoint): Fixture | undefined {
  return FIXTURES.find((fixture) => fixture.path.test(target.spec.path));
}

/** A unique string, easy to search for in any answer. */
export function newMarker(): string {
  return `gm${randomBytes(6).toString("hex")}`;
}

/** A well-formed id that names nothing: same form as `value` (UUID, integer, prefixed UUID, …). */
export function missingLike(value: string): string {
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) return randomUUID();
  if (/^\d+$/.test(value)) return String(2_000_000_000 + Math.floor(Math.random() * 100_000_000));
  const prefixed = value.match(/^([a-z]+_)[0-9a-f]{32}$/i);
  if (prefixed) return `${prefixed[1]}${randomUUID().replace(/-/g, "")}`;
  return `${value}-missing-${randomBytes(3).toString("hex")}`;
}
