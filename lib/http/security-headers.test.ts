import { describe, expect, it } from "vitest";
import nextConfig from "@/next.config.mjs";

// The headers are added by Next from next.config.mjs (checked on the running app by e2e/security-headers.spec.ts).
describe("security headers", () => {
  it("apply to every path: CSP frame-ancestors 'none', nosniff, a referrer policy; HSTS only over HTTPS", async () => {
    const rules = await nextConfig.headers!();
    const everywhere = rules.find((rule) => rule.source === "/:path*" && !rule.has);
    const headers = Object.fromEntries(everywhere!.headers.map(({ key, value }) => [key, value]));
    expect(headers["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["X-Frame-Options"]).toBe("DENY");
    expect(headers["Strict-Transport-Security"]).toBeUndefined();
    const https = rules.find((rule) =>
      rule.has?.some((condition) => condition.type === "header" && condition.key === "x-forwarded-proto" && condition.value === "https"),
    );
    expect(https!.headers).toEqual([{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }]);
  });
});
