import { describe, expect, it } from "vitest";
import { createTestTenant } from "@/lib/testing/test-tenant";
import { Conflict, NotFound, ValidationFailed } from "../errors";
import { authenticate } from "./authenticate";
import { findActiveUser } from "./find-active-user";
import { createUser } from "./create-user";
import { listUsers } from "./list-users";
import { updateUser } from "./update-user";

const unique = () => `u${Math.random().toString(36).slice(2, 10)}@example.com`;

describe("users", () => {
  it("creates a user who can sign in with the password; never with a wrong one", async () => {
    const tenant = await createTestTenant();
    const email = unique();
    const user = await createUser(tenant.ctx, { name: "Ana", email: email.toUpperCase(), password: "correct horse battery", role: "manager" });
    expect(user).toMatchObject({ email, role: "manager", active: true, seq: 1 });
    expect(user).not.toHaveProperty("passwordHash");
    expect(await authenticate(email, "correct horse battery")).toMatchObject({ id: user.id, tenantId: tenant.id, role: "manager" });
    expect(await authenticate(email, "wrong password!!")).toBeNull();
    expect(await authenticate("nobody@example.com", "correct horse battery")).toBeNull();
  });

  it("refuses a duplicate email and weak input", async () => {
    const tenant = await createTestTenant();
    const email = unique();
    await createUser(tenant.ctx, { name: "Ana", email, password: "long enough pw" });
    await expect(createUser(tenant.ctx, { name: "Ana 2", email, password: "long enough pw" })).rejects.toBeInstanceOf(Conflict);
    await expect(createUser(tenant.ctx, { name: "", email: "bad", password: "short" })).rejects.toBeInstanceOf(ValidationFailed);
  });

  it("deactivation stops sign-in and sessions; the last admin cannot be removed", async () => {
    const tenant = await createTestTenant();
    const admin = await createUser(tenant.ctx, { name: "Admin", email: unique(), password: "long enough pw", role: "admin" });
    const rep = await createUser(tenant.ctx, { name: "Rep", email: unique(), password: "long enough pw", role: "rep" });
    await updateUser(tenant.ctx, rep.id, { active: false });
    expect(await authenticate(rep.email, "long enough pw")).toBeNull();
    expect(await findActiveUser(rep.id)).toBeNull();
    await expect(updateUser(tenant.ctx, admin.id, { role: "rep" })).rejects.toBeInstanceOf(Conflict);
    await expect(updateUser(tenant.ctx, admin.id, { active: false })).rejects.toBeInstanceOf(Conflict);
    await updateUser(tenant.ctx, rep.id, { active: true, role: "admin" });
    await updateUser(tenant.ctx, admin.id, { role: "analyst" });
    expect((await listUsers(tenant.ctx)).map((u) => [u.name, u.role, u.active])).toEqual([
      ["Admin", "analyst", true],
      ["Rep", "admin", true],
    ]);
  });

  it("keeps tenants apart: another tenant's user is not found", async () => {
    const a = await createTestTenant();
    const b = await createTestTenant();
    const user = await createUser(a.ctx, { name: "A", email: unique(), password: "long enough pw" });
    await expect(updateUser(b.ctx, user.id, { role: "admin" })).rejects.toBeInstanceOf(NotFound);
    expect(await listUsers(b.ctx)).toEqual([]);
  });
});
