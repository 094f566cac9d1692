import { describe, expect, it } from "vitest";
import { crm } from "@/lib/dialects";
import { callRoute } from "@/lib/testing/call-route";
import { createTestTenant } from "@/lib/testing/test-tenant";
import { decodeCursor, encodeCursor } from "./keyset-cursor";

const cursorOf = (text: string) => Buffer.from(text, "utf8").toString("base64url");

describe("keyset cursors", () => {
  it("round-trip a position", () => {
    const position = { createdAt: new Date("2026-01-02T03:04:05.678Z"), id: "0194d2c6-0d5e-7c3a-8b1f-2a3b4c5d6e7f" };
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
  });

  it("refuse an id that is not a UUID (36 dashes) with 400, not a database error", async () => {
    const tenant = await createTestTenant();
    for (const id of ["-".repeat(36), "0194d2c6-0d5e-7c3a-8b1f-2a3b4c5d6e7-", "g194d2c6-0d5e-7c3a-8b1f-2a3b4c5d6e7f"]) {
      const reply = await callRoute(crm.listLeads.handler, {
        path: `/dev/crm/leads?cursor=${cursorOf(`2026-01-01T00:00:00.000Z|${id}`)}`,
        headers: { Authorization: `Bearer ${tenant.key}` },
      });
      expect(reply.status).toBe(400);
      expect(reply.json).toEqual({ message: "Invalid request parameters: cursor: Invalid cursor" });
    }
  });
});
