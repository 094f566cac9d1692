import { expect, test } from "@playwright/test";

// The running app (scripts/server.ts around Next) sends the security headers on pages and APIs.
test("pages and API answers carry the security headers; no HSTS over plain HTTP", async ({ request }) => {
  for (const path of ["/login", "/health", "/docs"]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["strict-transport-security"], path).toBeUndefined();
  }
});

test("a client's X-Forwarded-Proto cannot switch HSTS on, nor its X-Forwarded-For pick a rate-limit bucket", async ({ request }) => {
  const first = await request.get("/health", { headers: { "X-Forwarded-Proto": "https", "X-Forwarded-For": "198.51.100.1" } });
  expect(first.headers()["strict-transport-security"]).toBeUndefined();
  const second = await request.get("/health", { headers: { "X-Forwarded-For": "198.51.100.2" } });
  expect(Number(second.headers()["x-ratelimit-remaining"])).toBe(Number(first.headers()["x-ratelimit-remaining"]) - 1);
});
