import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { invoiceStatusFor } from "./invoice-status";
import { addMoney, compareMoney, documentTotals, fromScaled, toScaled } from "./invoice-totals";

describe("invoice totals (pure)", () => {
  it("is exact: 3 × 0.10 is 0.30, and ten lines of 0.10 make 1.00", () => {
    expect(documentTotals([{ amount: 0.1, qty: 3 }]).total).toBe("0.30");
    expect(documentTotals(Array.from({ length: 10 }, () => ({ amount: "0.10", qty: 1 }))).total).toBe("1.00");
    expect(
      documentTotals([
        { amount: 0.1, qty: 1 },
        { amount: 0.2, qty: 1 },
      ]).total,
    ).toBe("0.30");
  });

  it("adds each taxed line's tax, rounded half-up per line", () => {
    const totals = documentTotals([
      { amount: "99.99", qty: 1, taxRate: 10 },
      { amount: "1500", qty: 2 },
      { amount: "0.05", qty: 1, taxRate: "10" },
    ]);
    expect(totals.lines).toEqual([
      { lineTotal: "99.99", tax: "10.00" },
      { lineTotal: "3000.00", tax: "0.00" },
      { lineTotal: "0.05", tax: "0.01" },
    ]);
    expect(totals).toMatchObject({ subtotal: "3100.04", taxTotal: "10.01", total: "3110.05" });
  });

  it("handles fractional quantities and rounds amount × qty to the cent", () => {
    expect(documentTotals([{ amount: "10.00", qty: "1.333" }]).lines[0]?.lineTotal).toBe("13.33");
    expect(documentTotals([{ amount: "0.01", qty: "0.5" }]).lines[0]?.lineTotal).toBe("0.01");
  });

  it("refuses more decimals than money has, never rounding input silently", () => {
    expect(toScaled("1.005", 2)).toBeNull();
    expect(toScaled("1.50", 2)).toBe(150n);
    expect(toScaled("1e3", 2)).toBeNull();
    expect(toScaled(Number.NaN, 2)).toBeNull();
    expect(() => documentTotals([{ amount: "1.001", qty: 1 }])).toThrow(RangeError);
    expect(fromScaled(-5n, 2)).toBe("-0.05");
  });

  it("agrees with integer-cent arithmetic for any lines", () => {
    const line = fc.record({ cents: fc.integer({ min: 0, max: 10_000_000 }), qty: fc.integer({ min: 1, max: 1000 }) });
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 20 }), (lines) => {
        const totals = documentTotals(lines.map((l) => ({ amount: fromScaled(BigInt(l.cents), 2), qty: l.qty })));
        const expected = lines.reduce((sum, l) => sum + BigInt(l.cents) * BigInt(l.qty), 0n);
        expect(totals.total).toBe(fromScaled(expected, 2));
      }),
    );
  });

  it("derives status from payments in one place", () => {
    expect(invoiceStatusFor("100.00", "0")).toBe("unpaid");
    expect(invoiceStatusFor("100.00", "0.01")).toBe("partially_paid");
    expect(invoiceStatusFor("100.00", "100")).toBe("paid");
    expect(invoiceStatusFor("0", "0")).toBe("paid");
    expect(addMoney("0.10", "0.20")).toBe("0.30");
    expect(addMoney("1.00", "0.25", -1)).toBe("0.75");
    expect(compareMoney("0.3", 0.3)).toBe(0);
  });
});
