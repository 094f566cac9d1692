import { randomBytes, randomUUID } from "node:crypto";
import { createInvoice } from "@/lib/crm/billing/create-invoice";
import { createQuote } from "@/lib/crm/billing/quotes";
import { createTransaction } from "@/lib/crm/billing/transactions";
import { createCustomer } from "@/lib/crm/customers/create-customer";
import { createProduct } from "@/lib/crm/products/create-product";
import { createTicket } from "@/lib/crm/tickets/tickets";
import { createLead } from "@/lib/crm/leads/create-lead";
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

export const FIXTURES: readonly Fixture[] = [
  { path: /^\/dev\/crm\/leads\/\{leadId\}/, create: async (t, marker) => ({ leadId: (await lead(t, marker)).id }) },
  { path: /^\/api\/v2\/customers\/\{id\}/, create: async (t, marker) => ({ id: String((await customer(t, marker)).seq) }) },
  { path: /^\/api\/v2\/products\/\{id\}/, create: async (t, marker) => ({ id: String((await createProduct(t.ctx, { name: `Product ${marker}`, description: marker, price: "10.00" })).seq) }) },
  { path: /^\/api\/v2\/invoices\/\{id\}/, create: async (t, marker) => ({ id: String((await invoice(t, marker)).seq) }) },
  {
    path: /^\/api\/v2\/transactions\/\{id\}/,
    create: async (t, marker) => ({ id: String((await createTransaction(t.ctx, { type: "income", accountSeq: 1, amount: "12.50", description: marker })).seq) }),
  },
  {
    path: /^\/api\/v2\/quotes\/\{id\}/,
    create: async (t, marker) => {
      const c = await payer(t, marker, "quote");
      return { id: String((await createQuote(t.ctx, { customer: { id: c.id }, notes: marker, items: [{ description: `Item ${marker}`, amount: "5.00", qty: 1 }] })).seq) };
    },
  },
  { path: /^\/api\/v2\/tickets\/\{id\}/, create: async (t, marker) => ({ id: String((await createTicket(t.ctx, { subject: `Ticket ${marker}`, message: marker })).seq) }) },
];

// Invoices and quotes need a customer of their own: the customer fixture already holds the marker's email.
const payer = (t: TestTenant, marker: string, kind: string) => createCustomer(t.ctx, { name: `${kind} payer ${marker}`, email: `${kind}-${marker}@guard.example` });
async function invoice(t: TestTenant, marker: string) {
  const c = await payer(t, marker, "invoice");
  return createInvoice(t.ctx, { customer: { id: c.id }, notes: marker, items: [{ description: `Item ${marker}`, amount: "100.00", qty: 1 }] });
}
const lead = (t: TestTenant, marker: string) =>
  createLead(t.ctx, { name: `Lead ${marker}`, email: `${marker}@guard.example`, company: `Co ${marker}`, notes: marker, source: "website" });
const customer = (t: TestTenant, marker: string) =>
  createCustomer(t.ctx, { name: `Customer ${marker}`, email: `${marker}@guard.example`, company: `Co ${marker}`, notes: marker, externalId: `EXT-${marker}` });

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
