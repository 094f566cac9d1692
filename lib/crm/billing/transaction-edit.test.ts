import { describe, expect, it } from "vitest";
import type { CrmContext } from "@/lib/crm/context";
import { createCustomer } from "@/lib/crm/customers/create-customer";
import { Conflict, Forbidden, NotFound, ValidationFailed } from "@/lib/crm/errors";
import { createUser } from "@/lib/crm/users/create-user";
import { createTestTenant } from "@/lib/testing/test-tenant";
import { createInvoice } from "./create-invoice";
import { getInvoice } from "./get-invoice";
import { recordPayment } from "./record-payment";
import { transactionFieldsOf, transactionFormSchema, transactionFormValuesOf } from "./transaction-schema";
import { createTransaction, deleteTransaction, getTransaction, updateTransaction } from "./transactions";

async function setup() {
  const t = await createTestTenant();
  const as = async (role: "manager" | "rep" | "analyst"): Promise<CrmContext> => {
    const user = await createUser(t.ctx, { name: role, email: `${role}-${t.clientId}@example.com`, password: "a-long-password-1", role });
    return { tenantId: t.id, actor: { type: "user", id: user.id, role } };
  };
  return { t, manager: await as("manager"), rep: await as("rep"), analyst: await as("analyst") };
}

describe("transaction edit and delete, as the /transactions/[id] page does it", () => {
  it("the form round-trips a transaction; managers save and delete; reps and analysts cannot", async () => {
    const { manager, rep, analyst } = await setup();
    const created = await createTransaction(manager, {
      type: "expense",
      accountSeq: 1,
      categorySeq: 3,
      amount: "80.10",
      date: "2031-02-03",
      description: "Rent",
    });
    const values = transactionFormValuesOf(await getTransaction(manager, created.seq));
    expect(values).toEqual({
      type: "expense",
      date: "2031-02-03",
      amount: "80.10",
      accountSeq: "1",
      categorySeq: "3",
      description: "Rent",
      reference: "",
      method: "",
    });
    const edited = transactionFormSchema.parse({ ...values, amount: "95.25", categorySeq: "", method: "card" });
    const updated = await updateTransaction(manager, created.seq, transactionFieldsOf(edited));
    expect(updated).toMatchObject({ category: null, method: "card", description: "Rent" });
    expect(updated.amount.toFixed(2)).toBe("95.25");
    await expect(updateTransaction(rep, created.seq, transactionFieldsOf(edited))).rejects.toBeInstanceOf(Forbidden);
    await expect(updateTransaction(analyst, created.seq, transactionFieldsOf(edited))).rejects.toBeInstanceOf(Forbidden);
    await expect(deleteTransaction(analyst, created.seq)).rejects.toBeInstanceOf(Forbidden);
    await expect(getTransaction(rep, created.seq)).rejects.toBeInstanceOf(Forbidden);
    await deleteTransaction(manager, created.seq);
    await expect(getTransaction(manager, created.seq)).rejects.toBeInstanceOf(NotFound);
  });

  it("a payment: its invoice follows an edit and a delete; overpaying and becoming an expense are refused", async () => {
    const { t, manager } = await setup();
    const customer = await createCustomer(t.ctx, { name: "Payer Ltd" });
    const invoice = await createInvoice(manager, { customer: { id: customer.id }, items: [{ description: "Work", amount: "200", qty: "1" }] });
    const { payment } = await recordPayment(manager, { id: invoice.id }, { amount: "200" });
    expect((await getInvoice(manager, { id: invoice.id })).status).toBe("paid");
    const values = transactionFormValuesOf(await getTransaction(manager, payment.seq));
    await updateTransaction(manager, payment.seq, transactionFieldsOf({ ...values, amount: "50.00" }));
    expect((await getInvoice(manager, { id: invoice.id })).status).toBe("partially_paid");
    const over = await updateTransaction(manager, payment.seq, transactionFieldsOf({ ...values, amount: "200.01" })).catch((e: unknown) => e);
    expect(over).toBeInstanceOf(ValidationFailed);
    await expect(updateTransaction(manager, payment.seq, transactionFieldsOf({ ...values, type: "expense" }))).rejects.toBeInstanceOf(Conflict);
    await deleteTransaction(manager, payment.seq);
    const after = await getInvoice(manager, { id: invoice.id });
    expect(after.status).toBe("unpaid");
    expect(after.amountPaid.toFixed(2)).toBe("0.00");
  });
});
