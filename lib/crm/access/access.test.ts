import { describe, expect, it } from "vitest";
import type { CrmContext } from "@/lib/crm/context";
import { Forbidden } from "@/lib/crm/errors";
import { assertMayManageMoney, assertMayWrite, canSeeOwned, limitedToOwner, ownerScope } from "./access";

const tenantId = "00000000-0000-4000-8000-000000000001";
const rep: CrmContext = { tenantId, actor: { type: "user", id: "rep-1", role: "rep" } };
const manager: CrmContext = { tenantId, actor: { type: "user", id: "m-1", role: "manager" } };
const analyst: CrmContext = { tenantId, actor: { type: "user", id: "a-1", role: "analyst" } };
const apiKey: CrmContext = { tenantId, actor: { type: "api_key", id: "k-1" } };

describe("access rules", () => {
  it("limits reps to their own and unassigned records", () => {
    expect(limitedToOwner(rep)).toBe("rep-1");
    expect(ownerScope(rep)).toEqual({ OR: [{ assignedToId: "rep-1" }, { assignedToId: null }] });
    expect(canSeeOwned(rep, "rep-1")).toBe(true);
    expect(canSeeOwned(rep, null)).toBe(true);
    expect(canSeeOwned(rep, "rep-2")).toBe(false);
  });

  it("lets managers, analysts and integrations see the whole tenant", () => {
    for (const ctx of [manager, analyst, apiKey]) {
      expect(limitedToOwner(ctx)).toBeNull();
      expect(ownerScope(ctx)).toEqual({});
      expect(canSeeOwned(ctx, "rep-2")).toBe(true);
    }
  });

  it("keeps analysts read-only and money with admins and managers", () => {
    expect(() => assertMayWrite(analyst)).toThrow(Forbidden);
    expect(() => assertMayWrite(rep)).not.toThrow();
    expect(() => assertMayManageMoney(rep)).toThrow(Forbidden);
    expect(() => assertMayManageMoney(analyst)).toThrow(Forbidden);
    expect(() => assertMayManageMoney(manager)).not.toThrow();
    expect(() => assertMayManageMoney(apiKey)).not.toThrow();
  });
});
