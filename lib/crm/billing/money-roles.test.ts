import { describe, expect, it } from "vitest";
import type { CrmContext } from "@/lib/crm/context";
import { createCustomer } from "@/lib/crm/customers/create-customer";
import { Forbidden, NotFound, ValidationFailed } from "@/lib/crm/errors";
import { createProduct } from "@/lib/crm/products/create-product";
import { setTenantCurrency } from "@/lib/crm/tenants/set-tenant-currency";
import { createUser } from "@/lib/crm/users/create-user";
import { createTestTenant } from "@/lib/testing/test-tenant";
import { browseInvoices } from "./browse-invoices";
import { createInvoice } from "./create-invoice";
import { getInvoice } from "./get-invoice";
import { invoiceTabTotals } from "./invoice-tab-totals";
import { createQuote } from "./create-quote";
import { getQuote } from "./get-quote";
import { recordPayment } from "./record-payment";

async function setup() {
  const t = await createTestTenant();
  const as = async (role: "admin" | "manager" | "rep" | "analyst", n = 1): Promise<CrmContext> => {
    const user = await createUser(t.ctx, { name: `${role} ${n}`, email: `${role}${n}-${t.clientId}@example.com`, password: "a-long-password-1", role });
    return { tenantId: t.id, actor: { type: "user", id: user.id, role } };
  };
  const [manager, rep, otherRep, analyst] = [await as("manager"), await as("rep"), await as("rep", 2), await as("analyst")];
  const mine = await createCustomer(t.ctx, { name: "Mine Ltd", assignedToId: rep.actor.id });
  const theirs = await createCustomer(t.ctx, { name: "Theirs Ltd", assignedToId: otherRep.actor.id });
  return { t, manager, rep, otherRep, analyst, mine, theirs };
}

describe("money roles (lib/crm/billing)", () => {
  it("managers issue and pay invoices; reps and analysts cannot; reps see only their customers' invoices", async () => {
    const { t, manager, rep, analyst, mine, theirs } = await setup();
    const item = [{ description: "Work", amount: "100", qty: "1" }];
    const a = await createInvoice(manager, { customer: { id: mine.id }, items: item });
    const b = await createInvoice(manager, { customer: { id: theirs.id }, items: item });
    await expect(createInvoice(rep, { customer: { id: mine.id }, items: item })).rejects.toBeInstanceOf(Forbidden);
    await expect(createInvoice(analyst, { customer: { id: mine.id }, items: item })).rejects.toBeInstanceOf(Forbidden);
    await expect(recordPayment(rep, { id: a.id }, { amount: "10" })).rejects.toBeInstanceOf(Forbidden);
    await expect(createProduct(rep, { name: "X", price: "1" } as Parameters<typeof createProduct>[1])).rejects.toBeInstanceOf(Forbidden);
    expect((await getInvoice(rep, { id: a.id })).number).toBe(a.number);
    await expect(getInvoice(rep, { id: b.id })).rejects.toBeInstanceOf(NotFound);
    expect((await getInvoice(analyst, { id: b.id })).id).toBe(b.id);
    const page = await browseInvoices(rep, { tab: "all", limit: 10 });
    expect(page.rows.map((r) => r.id)).toEqual([a.id]);
    // API keys stay tenant-wide.
    expect((await getInvoice(t.ctx, { id: b.id })).id).toBe(b.id);
  });

  it("reps create quotes for their own customers only; analysts cannot", async () => {
    const { rep, analyst, mine, theirs } = await setup();
    const quote = await createQuote(rep, { customer: { id: mine.id }, items: [{ description: "Offer", amount: "50", qty: "2" }] });
    expect(quote.amount.toFixed(2)).toBe("100.00");
    expect((await getQuote(rep, quote.seq)).id).toBe(quote.id);
    await expect(createQuote(rep, { customer: { id: theirs.id }, items: [{ description: "Offer", amount: "1", qty: "1" }] })).rejects.toBeInstanceOf(
      ValidationFailed,
    );
    await expect(createQuote(analyst, { customer: { id: mine.id }, items: [{ description: "Offer", amount: "1", qty: "1" }] })).rejects.toBeInstanceOf(
      Forbidden,
    );
  });

  it("tab totals in one aggregate; payments move the tabs; new invoices take the workspace currency", async () => {
    const { t, manager, mine } = await setup();
    await setTenantCurrency(t.ctx, "eur");
    const a = await createInvoice(manager, {
      customer: { id: mine.id },
      issueDate: "2026-01-10",
      dueDate: "2026-02-10",
      items: [{ description: "A", amount: "0.10", qty: "3" }],
    });
    await createInvoice(manager, { customer: { id: mine.id }, issueDate: "2026-01-11", items: [{ description: "B", amount: "99.99", qty: "1" }] });
    expect(a.currency).toBe("EUR");
    await recordPayment(manager, { id: a.id }, { amount: "0.10" });
    await expect(recordPayment(manager, { id: a.id }, { amount: "0.21" })).rejects.toBeInstanceOf(ValidationFailed);
    const totals = await invoiceTabTotals(manager, {}, "2026-03-01");
    expect(totals.all).toEqual({ count: 2, amount: "100.29", balance: "100.19" });
    expect(totals.partially_paid).toEqual({ count: 1, amount: "0.30", balance: "0.20" });
    expect(totals.overdue).toEqual({ count: 1, amount: "0.30", balance: "0.20" });
    expect(totals.unpaid.count).toBe(1);
    const overdue = await browseInvoices(manager, { tab: "overdue", limit: 10 }, "2026-03-01");
    expect(overdue.rows).toMatchObject([{ id: a.id, overdue: true, balance: "0.20" }]);
    const search = await browseInvoices(manager, { tab: "all", limit: 1, search: "mine" });
    expect(search.rows).toHaveLength(1);
    const next = await browseInvoices(manager, { tab: "all", limit: 1, search: "mine", cursor: search.nextCursor! });
    expect(next.rows[0]!.id).toBe(a.id);
    expect(next.nextCursor).toBeNull();
  });
});
