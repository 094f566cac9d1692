/** @type {import('next').NextConfig} */
const nextConfig = {
  // Database drivers load WASM/native code at run time; keep them out of the bundle.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/adapter-pg", "pg", "ioredis", "wink-nlp", "wink-eng-lite-web-model"],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
