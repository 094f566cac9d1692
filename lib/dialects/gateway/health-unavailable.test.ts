import { describe, expect, it } from "vitest";
import { closeDb } from "@/lib/db/client";
import { gateway } from "@/lib/dialects";
import { callRoute } from "@/lib/testing/call-route";

// This file's process points at a port where no PostgreSQL listens.
describe("GET /health when the database is down", () => {
  it("answers 503 with status unhealthy and the services disconnected, never a 500", async () => {
    await closeDb();
    process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:1/unreachable";
    const reply = await callRoute(gateway.health.handler, { path: "/health" });
    expect(reply.status).toBe(503);
    expect(reply.json).toMatchObject({ status: "unhealthy", services: { database: "disconnected", queue: "disconnected" } });
  });

  it("answers other endpoints with 503 in their envelope rather than a 500", async () => {
    const reply = await callRoute(gateway.createLead.handler, {
      path: "/api/leads",
      headers: { "X-API-Key": "any-key-at-all" },
      body: { name: "A", email: "a@example.com", source: "website" },
    });
    expect(reply.status).toBe(503);
    expect(reply.json.error.code).toBe("SERVICE_UNAVAILABLE");
  });
});
