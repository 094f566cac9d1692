import { describe, expect, it } from "vitest";
import { bandOf, HEALTH_PARTS, partShare, scoreHealth, type HealthValues } from "./health-parts";

const none: HealthValues = { recency: null, frequency: 0, order_trend: null, feedback: null, open_tickets: 0, overdue_invoices: 0 };

describe("customer health parts", () => {
  it("weights add up to 100", () => {
    expect(HEALTH_PARTS.reduce((sum, part) => sum + part.weight, 0)).toBe(100);
  });

  it("scores a thriving customer 100 and explains every part", () => {
    const health = scoreHealth({ recency: 3, frequency: 8, order_trend: 25, feedback: 4.8, open_tickets: 0, overdue_invoices: 0 });
    expect(health.score).toBe(100);
    expect(health.band).toBe("healthy");
    expect(health.parts.map((p) => [p.key, p.value, p.weight, p.points])).toEqual([
      ["recency", 3, 25, 25],
      ["frequency", 8, 15, 15],
      ["order_trend", 25, 20, 20],
      ["feedback", 4.8, 15, 15],
      ["open_tickets", 0, 15, 15],
      ["overdue_invoices", 0, 10, 10],
    ]);
  });

  it("gives a customer with no history the neutral shares (40, at risk)", () => {
    const health = scoreHealth(none);
    // recency 0 + frequency 0 + trend 30% of 20 + feedback 60% of 15 + tickets 15 + invoices 10
    expect(health.parts.map((p) => p.points)).toEqual([0, 0, 6, 9, 15, 10]);
    expect(health.score).toBe(40);
    expect(health.band).toBe("at_risk");
  });

  it("applies step bounds inclusively in the right direction", () => {
    const recency = HEALTH_PARTS.find((p) => p.key === "recency")!;
    expect([14, 15, 30, 31, 60, 90, 91].map((days) => partShare(recency, days))).toEqual([1, 0.75, 0.75, 0.5, 0.5, 0.25, 0]);
    const feedback = HEALTH_PARTS.find((p) => p.key === "feedback")!;
    expect([5, 4.5, 4.49, 4, 3, 2, 1.5].map((rating) => partShare(feedback, rating))).toEqual([1, 1, 0.8, 0.8, 0.5, 0.2, 0]);
    const trend = HEALTH_PARTS.find((p) => p.key === "order_trend")!;
    expect([100, 10, 0, -10, -11, -50, -90].map((pct) => partShare(trend, pct))).toEqual([1, 1, 0.75, 0.75, 0.4, 0.4, 0.1]);
  });

  it("is critical when everything goes wrong", () => {
    const health = scoreHealth({ recency: 200, frequency: 0, order_trend: -80, feedback: 1.5, open_tickets: 4, overdue_invoices: 3 });
    expect(health.score).toBe(2);
    expect(health.band).toBe("critical");
  });

  it("bands at 70 and 40", () => {
    expect([100, 70, 69, 40, 39, 0].map(bandOf)).toEqual(["healthy", "healthy", "at_risk", "at_risk", "critical", "critical"]);
  });

  it("rounds exactly (hundredths summed as integers)", () => {
    // frequency 0.66 * 15 = 9.9, recency 0.75 * 25 = 18.75, trend 15, feedback 12, tickets 9, invoices 4 → 68.65 → 69
    const health = scoreHealth({ recency: 20, frequency: 3, order_trend: 0, feedback: 4.2, open_tickets: 1, overdue_invoices: 1 });
    expect(health.parts.map((p) => p.points)).toEqual([18.75, 9.9, 15, 12, 9, 4]);
    expect(health.score).toBe(69);
  });
});
