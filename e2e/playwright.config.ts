import { defineConfig } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3210);

// Browser tests in Debian's chromium (apt-get install chromium), never a
// downloaded browser. The app starts the way a newcomer starts it, through
// scripts/start.ts, on a fresh embedded database seeded with the demo data.
export default defineConfig({
  testDir: ".",
  outputDir: "../test-results",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    screenshot: "only-on-failure",
    trace: "off",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  webServer: {
    command: "rm -rf .data/e2e && tsx scripts/start.ts",
    cwd: "..",
    url: `http://localhost:${PORT}/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      PORT: String(PORT),
      CRM_DATA_DIR: ".data/e2e",
      DATABASE_URL: "pglite:./.data/e2e/pglite",
      NEXT_TELEMETRY_DISABLED: "1",
      // The webhook spec's receiver listens on 127.0.0.1.
      WEBHOOK_ALLOW_PRIVATE_URLS: "1",
    },
  },
});
