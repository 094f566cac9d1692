// Security headers on every answer (pages and APIs). Pages may not be framed
// (clickjacking); no answer is content-sniffed; other sites get only our origin
// as referrer. HSTS only when the request came over HTTPS (Next sets
// X-Forwarded-Proto from the socket, or a trusted proxy does: scripts/server.ts).
// A script-src CSP would need per-request nonces for Next's inline scripts, so
// the policy sticks to what needs none.
const CONTENT_SECURITY_POLICY = ["frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'", "object-src 'none'"].join("; ");

export const SECURITY_HEADERS = [
  { key: "Content-Security-Policy", value: CONTENT_SECURITY_POLICY },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), geolocation=(), payment=()" },
];

export const HSTS_HEADER = { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" };

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Database drivers load WASM/native code at run time; keep them out of the bundle.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/adapter-pg", "pg", "ioredis", "wink-nlp", "wink-eng-lite-web-model"],
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return [
      { source: "/:path*", headers: SECURITY_HEADERS },
      { source: "/:path*", has: [{ type: "header", key: "x-forwarded-proto", value: "https" }], headers: [HSTS_HEADER] },
    ];
  },
};

export default nextConfig;
