import { describe, expect, it } from "vitest";
import { webhookBody } from "./webhook-body";
import { MAX_ATTEMPTS, RETRY_DELAYS_MS, retryDelayMs } from "./retry-schedule";

describe("retry schedule", () => {
  it("backs off exponentially-ish with ±20 % jitter over about a day, then stops", () => {
    expect(MAX_ATTEMPTS).toBe(8);
    const total = RETRY_DELAYS_MS.reduce((a, b) => a + b, 0);
    expect(total / 3_600_000).toBeGreaterThan(20);
    expect(total / 3_600_000).toBeLessThan(30);
    expect(retryDelayMs(1, () => 0)).toBe(4_000);
    expect(retryDelayMs(1, () => 0.5)).toBe(5_000);
    expect(retryDelayMs(2, () => 0.999999)).toBeCloseTo(360_000, -1);
    expect(retryDelayMs(MAX_ATTEMPTS, () => 0.5)).toBeNull();
  });
});

describe("webhook body", () => {
  it("puts the seed's fields back in the seed's order after JSONB reordered them", () => {
    const stored = {
      data: { name: "John Doe", email: "john@example.com", source: "website", lead_id: "lead_123456" },
      event: "lead.created",
      timestamp: "2025-10-18T10:30:00Z",
    };
    expect(webhookBody(stored)).toBe(
      '{"event":"lead.created","timestamp":"2025-10-18T10:30:00Z","data":{"lead_id":"lead_123456","name":"John Doe","email":"john@example.com","source":"website"}}',
    );
    expect(webhookBody({ timestamp: "t", data: { b: 1, a: 2 }, event: "invoice.created" })).toBe(
      '{"event":"invoice.created","timestamp":"t","data":{"b":1,"a":2}}',
    );
  });
});
