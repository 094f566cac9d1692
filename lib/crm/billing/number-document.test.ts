import { describe, expect, it } from "vitest";
import { createCustomer } from "@/lib/crm/customers/create-customer";
import { getDb, getSql } from "@/lib/db/client";
import { createTestTenant } from "@/lib/testing/test-tenant";
import { createInvoice } from "./create-invoice";
import { violatedForeignKey } from "../foreign-key-violation";
import { uuidV7 } from "../uuid-v7";
import { insertNumberedInvoice } from "./insert-numbered-invoice";
import { numberDocument, provisionalDocumentKeys } from "./number-document";

const items = [{ description: "Work", amount: "12.50", qty: "2" }];

describe("numbering a document in one statement", () => {
  it("carries the final keys into the invoice, its event and its audit entry, and gives them back on rollback", async () => {
    const t = await createTestTenant();
    const customer = await createCustomer(t.ctx, { name: "Numbered Ltd" });
    const db = await getDb();
    await expect(
      db.$transaction(async (tx) => {
        await createInvoice(t.ctx, { customer: { id: customer.id }, issueDate: "2031-02-03", items }, tx);
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    const created = await Promise.all(Array.from({ length: 5 }, () => createInvoice(t.ctx, { customer: { id: customer.id }, issueDate: "2031-02-03", items })));
    expect(created.map((i) => i.number).sort()).toEqual(["INV-2031-001", "INV-2031-002", "INV-2031-003", "INV-2031-004", "INV-2031-005"]);
    expect(created.map((i) => i.seq).sort()).toEqual([1, 2, 3, 4, 5]);
    const stored = await db.invoice.findMany({ where: { tenantId: t.id }, select: { id: true, seq: true, number: true } });
    expect(stored.map((i) => [i.seq, i.number]).sort()).toEqual(created.map((i) => [i.seq, i.number]).sort());
    const events = await db.outboxEvent.findMany({ where: { tenantId: t.id, type: "invoice.created" }, select: { payload: true } });
    expect(events.map((e) => (e.payload as { data: { invoice_id: number; invoice_number: string } }).data).sort((a, b) => a.invoice_id - b.invoice_id)).toEqual(
      [1, 2, 3, 4, 5].map((n) => expect.objectContaining({ invoice_id: n, invoice_number: `INV-2031-00${n}`, amount: 25 })),
    );
    const audits = await db.auditLog.findMany({ where: { tenantId: t.id, action: "invoice.created" }, select: { entityId: true, data: true } });
    expect(audits).toHaveLength(5);
    for (const audit of audits) expect(audit.data).toEqual({ number: stored.find((i) => i.id === audit.entityId)?.number });
  });

  it("writes numbers past 999 in full, the same way for both prefixes, and numbers quotes too", async () => {
    const t = await createTestTenant();
    const customer = await createCustomer(t.ctx, { name: "Big Ltd" });
    const db = await getDb();
    await db.tenantCounter.createMany({
      data: [
        { tenantId: t.id, name: "invoice-number:2032", value: 999 },
        { tenantId: t.id, name: "quote-number:2032", value: 41 },
      ],
    });
    expect((await createInvoice(t.ctx, { customer: { id: customer.id }, issueDate: "2032-01-01", items })).number).toBe("INV-2032-1000");
    const quote = await db.$transaction(async (tx) => {
      const draft = await tx.quote.create({
        data: { tenantId: t.id, ...(await provisionalDocumentKeys(tx)), customerId: customer.id, subtotal: "1.00", amount: "1.00" },
        select: { id: true },
      });
      return numberDocument(tx, { kind: "quote", tenantId: t.id, id: draft.id, year: 2032 });
    });
    expect(quote).toEqual({ seq: 1, number: "QUO-2032-042" });
  });

  it("stores nothing and uses no number when the customer is not found, or a product vanished before the write", async () => {
    const t = await createTestTenant();
    const customer = await createCustomer(t.ctx, { name: "Kept Ltd" });
    const db = await getDb();
    const invoice = (customerId: string, productId: string | null) => ({
      id: uuidV7(),
      customer: { id: customerId },
      issueDate: "2033-05-06",
      dueDate: null,
      items: {
        rows: [{ position: 0, productId, description: "Work", amount: "1.00", qty: "1", taxRate: "0", lineTotal: "1.00" }],
        subtotal: "1.00",
        taxTotal: "0.00",
        total: "1.00",
      },
      itemIds: [uuidV7()],
      status: "unpaid" as const,
      currency: null,
      notes: null,
      now: new Date(),
      eventData: {},
      eventId: uuidV7(),
      auditId: uuidV7(),
    });
    const sql = await getSql();
    expect(await insertNumberedInvoice(sql, t.ctx, invoice(uuidV7(), null))).toBeNull();
    const failed = await insertNumberedInvoice(sql, t.ctx, invoice(customer.id, uuidV7())).catch((error: unknown) => error);
    expect(violatedForeignKey(failed)).toBe("InvoiceItem_productId_fkey");
    expect(await db.invoice.count({ where: { tenantId: t.id } })).toBe(0);
    expect(await db.outboxEvent.count({ where: { tenantId: t.id, type: "invoice.created" } })).toBe(0);
    expect(await db.auditLog.count({ where: { tenantId: t.id, action: "invoice.created" } })).toBe(0);
    const next = await createInvoice(t.ctx, { customer: { id: customer.id }, issueDate: "2033-05-06", items });
    expect([next.seq, next.number, next.currency, next.customer.name]).toEqual([1, "INV-2033-001", "USD", "Kept Ltd"]);
  });
});
