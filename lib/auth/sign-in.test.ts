import { describe, expect, it } from "vitest";
import { createUser } from "@/lib/crm/users/create-user";
import { createTestTenant } from "@/lib/testing/test-tenant";
import { signIn } from "./next-auth-options";
import { SIGN_IN_ADDRESS_RULE } from "./sign-in-throttle";

const PASSWORD = "correct horse battery";
async function user() {
  const tenant = await createTestTenant();
  const email = `admin-${Math.random().toString(36).slice(2, 10)}@example.com`;
  await createUser(tenant.ctx, { name: "Admin", email, password: PASSWORD, role: "admin" });
  return email;
}
const address = () => `203.0.113.${Math.floor(Math.random() * 250)}-${Math.random()}`;

describe("sign-in throttling", () => {
  it("someone else's failures never lock a known user out: the admin signs in from their own address", async () => {
    const email = await user();
    const attacker = address();
    for (let i = 0; i < 12; i++) await signIn(email, "guess", attacker).catch(() => null);
    await expect(signIn(email, "guess", attacker)).rejects.toThrow("TooManyAttempts");
    expect(await signIn(email, PASSWORD, address())).toMatchObject({ email });
  });

  it("counts failures only: many successful sign-ins are never throttled", async () => {
    const email = await user();
    const office = address();
    for (let i = 0; i < 15; i++) expect(await signIn(email, PASSWORD, office)).toMatchObject({ email });
  });

  it("backs off progressively per email and address: 3 free failures, then a growing wait, not a lockout", async () => {
    const email = await user();
    const from = address();
    for (let i = 0; i < 4; i++) expect(await signIn(email, "wrong", from)).toBeNull();
    await expect(signIn(email, PASSWORD, from)).rejects.toThrow("TooManyAttempts"); // even the right password waits 2 s
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    expect(await signIn(email, PASSWORD, from)).toMatchObject({ email }); // then it works, and clears the count
    for (let i = 0; i < 3; i++) expect(await signIn(email, "wrong", from)).toBeNull();
  });

  it("limits failures per client address across emails", async () => {
    const email = await user();
    const sprayer = address();
    for (let i = 0; i < SIGN_IN_ADDRESS_RULE.points; i++) expect(await signIn(`nobody-${i}@example.com`, "wrong", sprayer)).toBeNull();
    await expect(signIn(email, PASSWORD, sprayer)).rejects.toThrow("TooManyAttempts");
    expect(await signIn(email, PASSWORD, address())).toMatchObject({ email });
  });
});
