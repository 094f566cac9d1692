import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, inject } from "vitest";
import { closeDb } from "@/lib/db/client";
import { stopLiveBus } from "@/lib/live/live-bus";
import { TEST_ADMIN_KEY } from "./test-secrets";
import { collectContractDrifts, takeContractDrifts } from "@/lib/http/contract-drift";

// Every test file talks to the run's fresh PostgreSQL database.
process.env.DATABASE_URL = inject("databaseUrl");
// Secrets for the run, never the developer's data folder.
process.env.CRM_DATA_DIR = path.join(os.tmpdir(), "crm-test-data");
process.env.NEXTAUTH_SECRET = "test-session-secret-of-32-characters-or-more";
process.env.ENCRYPTION_KEY = Buffer.alloc(32, 7).toString("base64");
process.env.ADMIN_API_KEY = TEST_ADMIN_KEY;
delete process.env.REDIS_URL;
// Webhook tests deliver to receivers on 127.0.0.1.
process.env.WEBHOOK_ALLOW_PRIVATE_URLS = "1";

// Any answer outside its endpoint's declared response schema fails the test that caused it.
collectContractDrifts();
afterEach(() => {
  const drifts = takeContractDrifts();
  if (drifts.length > 0) throw new Error(`Contract drift: responses broke their declared schema:\n${drifts.join("\n")}`);
});

afterAll(async () => {
  await stopLiveBus();
  await closeDb();
});
