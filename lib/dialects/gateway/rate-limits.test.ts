import { describe, expect, it } from "vitest";
import { gateway, gatewayEndpoints } from "./index";

describe("gateway rate limits (the seed's table, per credential, per minute)", () => {
  it("applies 100 to /api/leads*, 50 to /api/analytics/*, 20 to /api/analyze, 1000 to /health", () => {
    const expected: [string, number][] = [
      ["/api/leads", 100],
      ["/api/analytics/", 50],
      ["/api/analyze", 20],
      ["/api/classify-lead", 20],
      ["/health", 1000],
    ];
    for (const endpoint of gatewayEndpoints) {
      const rule = endpoint.spec.rateLimit ?? gateway.dialect.rateLimit;
      const match = expected.find(([prefix]) => endpoint.spec.path.startsWith(prefix));
      if (!match) continue;
      expect(rule, `${endpoint.spec.method} ${endpoint.spec.path}`).toMatchObject({ points: match[1], durationSeconds: 60 });
    }
  });
});
