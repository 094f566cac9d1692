import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createTestTenant } from "@/lib/testing/test-tenant";
import { nextSeq } from "./sequence";

describe("per-tenant numbering", () => {
  it("hands out 1..n without gaps or repeats under 50 concurrent transactions, separately per tenant", async () => {
    const a = await createTestTenant();
    const b = await createTestTenant();
    const db = await getDb();
    const take = (tenantId: string) => db.$transaction((tx) => nextSeq(tx, tenantId, "widget"));
    const results = await Promise.all([...Array.from({ length: 50 }, () => take(a.id)), ...Array.from({ length: 10 }, () => take(b.id))]);
    expect(results.slice(0, 50).sort((x, y) => x - y)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(results.slice(50).sort((x, y) => x - y)).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
  });

  it("gives a number back when its transaction rolls back", async () => {
    const a = await createTestTenant();
    const db = await getDb();
    await expect(
      db.$transaction(async (tx) => {
        await nextSeq(tx, a.id, "gizmo");
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await db.$transaction((tx) => nextSeq(tx, a.id, "gizmo"))).toBe(1);
  });
});
