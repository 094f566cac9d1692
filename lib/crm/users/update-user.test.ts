import { describe, expect, it } from "vitest";
import { createTestTenant } from "@/lib/testing/test-tenant";
import type { CrmContext } from "../context";
import { ValidationFailed } from "../errors";
import { createUser } from "./create-user";
import { updateUser } from "./update-user";

const unique = () => `u${Math.random().toString(36).slice(2, 10)}@example.com`;

describe("updateUser: deactivating oneself", () => {
  it("is refused whatever the spelling of one's own id, while another admin may do it", async () => {
    const tenant = await createTestTenant();
    const me = await createUser(tenant.ctx, { name: "Me", email: unique(), password: "long enough pw", role: "admin" });
    const other = await createUser(tenant.ctx, { name: "Other", email: unique(), password: "long enough pw", role: "admin" });
    const asMe: CrmContext = { tenantId: tenant.id, actor: { type: "user", id: me.id, role: "admin" } };
    for (const spelling of [me.id, me.id.toUpperCase(), ` ${me.id}`.trim().replace(/^./, (c) => c.toUpperCase())]) {
      const refused = updateUser(asMe, spelling, { active: false });
      await expect(refused).rejects.toBeInstanceOf(ValidationFailed);
      await expect(refused).rejects.toThrow("You cannot deactivate yourself");
    }
    // Changing one's own role is not deactivation; another admin may deactivate me.
    const asOther: CrmContext = { tenantId: tenant.id, actor: { type: "user", id: other.id, role: "admin" } };
    expect(await updateUser(asOther, me.id.toUpperCase(), { active: false })).toMatchObject({ id: me.id, active: false });
  });
});
