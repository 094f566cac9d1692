import { describe, expect, it } from "vitest";
import type { CrmContext } from "@/lib/crm/context";
import { createCustomer } from "@/lib/crm/customers/create-customer";
import { Forbidden } from "@/lib/crm/errors";
import { createUser } from "@/lib/crm/users/create-user";
import { createTestTenant } from "@/lib/testing/test-tenant";
import { browseTransactions } from "./browse-transactions";
import { financialByMonth } from "./financial-by-month";
import { financialReport } from "./financial-report";
import { topCustomersByRevenue } from "./top-customers-by-revenue";
import { transactionTotals } from "./transaction-totals";
import { createTransaction } from "./transactions";

describe("ledger views: by month, top customers, totals, keyset pages, roles", () => {
  it("sums by month and ranks customers exactly, and the year adds up to the financial report", async () => {
    const t = await createTestTenant();
    const acme = await createCustomer(t.ctx, { name: "Acme", email: "acme@example.com" });
    const zed = await createCustomer(t.ctx, { name: "Zed", email: "zed@example.com" });
    const other = await createTestTenant();
    await createTransaction(other.ctx, { type: "income", accountSeq: 1, amount: "999.00", date: "2031-03-01" });
    // 3 × 0.10 must be 0.30, not 0.30000000000000004.
    for (const n of [1, 2, 3]) await createTransaction(t.ctx, { type: "income", accountSeq: 1, amount: "0.10", date: `2031-03-0${n}`, customerSeq: zed.seq });
    await createTransaction(t.ctx, { type: "income", accountSeq: 1, amount: "1500.00", date: "2031-01-15", customerSeq: acme.seq });
    await createTransaction(t.ctx, { type: "expense", accountSeq: 1, categorySeq: 3, amount: "400.55", date: "2031-01-20" });
    await createTransaction(t.ctx, { type: "income", accountSeq: 1, amount: "50.00", date: "2032-01-01", customerSeq: zed.seq });

    const months = await financialByMonth(t.ctx, 2031);
    expect(months).toHaveLength(12);
    expect(months[0]).toEqual({ month: 1, income: "1500.00", expenses: "400.55", profit: "1099.45" });
    expect(months[2]).toEqual({ month: 3, income: "0.30", expenses: "0.00", profit: "0.30" });
    expect(months[5]).toEqual({ month: 6, income: "0.00", expenses: "0.00", profit: "0.00" });
    const year = await financialReport(t.ctx, { year: 2031 });
    expect(year.income).toBe("1500.30");
    expect(year.profit).toBe("1099.75");

    expect(await topCustomersByRevenue(t.ctx, { year: 2031 })).toEqual([
      { customerId: acme.id, customerSeq: acme.seq, name: "Acme", revenue: "1500.00", payments: 1 },
      { customerId: zed.id, customerSeq: zed.seq, name: "Zed", revenue: "0.30", payments: 3 },
    ]);
    expect((await topCustomersByRevenue(t.ctx, { year: 2031, month: 3 })).map((c) => c.name)).toEqual(["Zed"]);

    expect(await transactionTotals(t.ctx, { dateFrom: "2031-01-01", dateTo: "2031-12-31" })).toEqual({
      income: "1500.30",
      expenses: "400.55",
      net: "1099.75",
      count: 5,
    });
    expect((await transactionTotals(t.ctx, { type: "expense" })).net).toBe("-400.55");
  });

  it("pages the ledger newest first by keyset, with no row twice or missed", async () => {
    const t = await createTestTenant();
    for (const day of ["2030-05-01", "2030-05-03", "2030-05-03", "2030-05-02", "2030-05-04"]) {
      await createTransaction(t.ctx, { type: "income", accountSeq: 1, amount: "1.00", date: day });
    }
    const first = await browseTransactions(t.ctx, { limit: 2 });
    const second = await browseTransactions(t.ctx, { limit: 2, cursor: first.nextCursor! });
    const third = await browseTransactions(t.ctx, { limit: 2, cursor: second.nextCursor! });
    const days = [...first.transactions, ...second.transactions, ...third.transactions].map((r) => r.date.toISOString().slice(0, 10));
    expect(days).toEqual(["2030-05-04", "2030-05-03", "2030-05-03", "2030-05-02", "2030-05-01"]);
    expect(new Set([...first.transactions, ...second.transactions, ...third.transactions].map((r) => r.id)).size).toBe(5);
    expect(third.nextCursor).toBeNull();
    const filtered = await browseTransactions(t.ctx, { limit: 10, dateFrom: "2030-05-02", dateTo: "2030-05-03" });
    expect(filtered.transactions).toHaveLength(3);
  });

  it("lets reps neither see the ledger nor record money; analysts read but do not write", async () => {
    const t = await createTestTenant();
    const as = async (role: "rep" | "analyst" | "manager"): Promise<CrmContext> => {
      const user = await createUser(t.ctx, { name: role, email: `${role}@example.com`, password: "long-enough-password", role });
      return { tenantId: t.id, actor: { type: "user", id: user.id, role } };
    };
    const rep = await as("rep");
    const analyst = await as("analyst");
    const manager = await as("manager");
    await expect(browseTransactions(rep, { limit: 5 })).rejects.toBeInstanceOf(Forbidden);
    await expect(financialByMonth(rep, 2030)).rejects.toBeInstanceOf(Forbidden);
    await expect(createTransaction(analyst, { type: "income", accountSeq: 1, amount: "1.00" })).rejects.toBeInstanceOf(Forbidden);
    expect((await browseTransactions(analyst, { limit: 5 })).transactions).toEqual([]);
    expect((await createTransaction(manager, { type: "income", accountSeq: 1, amount: "1.00" })).amount.toFixed(2)).toBe("1.00");
  });
});
