import { generateKeyPairSync } from "node:crypto";
import { expect, test } from "@playwright/test";
import { importPKCS8, SignJWT } from "jose";
import { SCREENSHOTS, signIn } from "./helpers";

test("an admin registers a JWT public key, a token signed with it works, and revoking it stops it", async ({ page, request }) => {
  const kid = `e2e-${Date.now()}`;
  const { publicKey, privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const publicPem = publicKey.export({ type: "spki", format: "pem" }).toString();
  const privatePem = privateKey.export({ type: "pkcs8", format: "pem" }).toString();
  const token = await new SignJWT({ scope: ["read:leads", "read:analytics"], role: "analyst" })
    .setProtectedHeader({ alg: "RS256", typ: "JWT", kid })
    .setSubject("user_e2e")
    .setIssuer("cloudvelous.com")
    .setAudience("cloudvelous-api")
    .setExpirationTime("10m")
    .sign(await importPKCS8(privatePem, "RS256"));
  const analytics = async () => (await request.get("/api/analytics/leads", { headers: { Authorization: `Bearer ${token}` } })).status();

  await signIn(page, "admin@demo.relaycrm.test");
  await page.goto("/settings/api-keys");
  await page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "JWT keys" }).click();
  await expect(page).toHaveURL(/\/settings\/jwt-keys/);
  expect(await analytics()).toBe(401);

  // A private key pasted by mistake is refused and not stored.
  await page.getByLabel("Public key").fill(privatePem);
  await page.getByRole("button", { name: "Register key" }).click();
  await expect(page.getByText("This is a private key")).toBeVisible();

  await page.getByLabel("Public key").fill(publicPem);
  await page.getByLabel("Key id (kid)").fill(kid);
  await expect(page.getByLabel("Issuer (iss)")).toHaveValue("cloudvelous.com");
  await expect(page.getByLabel("Audience (aud)")).toHaveValue("cloudvelous-api");
  await page.getByRole("button", { name: "Register key" }).click();
  await expect(page.getByTestId("registered-kid")).toHaveText(kid);
  const row = page.getByTestId(`jwt-key-${kid}`);
  await expect(row).toContainText("active");
  await expect(row).toContainText("RSA 2048");
  await expect(page.getByTestId("jwt-keys-list")).not.toContainText("PRIVATE");

  await expect.poll(analytics, { timeout: 15_000 }).toBe(200);
  // Role analyst: reads analytics, cannot write leads.
  const write = await request.post("/api/leads", {
    headers: { Authorization: `Bearer ${token}` },
    data: { name: "A", email: "a@example.com", source: "website" },
  });
  expect(write.status()).toBe(403);

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `${SCREENSHOTS}/jwt-keys-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SCREENSHOTS}/jwt-keys-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });

  page.once("dialog", (dialog) => void dialog.accept());
  await row.getByRole("button", { name: "Revoke" }).click();
  await expect(row).toContainText("revoked");
  await expect.poll(analytics, { timeout: 15_000 }).toBe(401);
});

test("a rep cannot manage JWT keys", async ({ page }) => {
  await signIn(page, "rep@demo.relaycrm.test");
  await page.goto("/settings/jwt-keys");
  await expect(page.getByText("Only admins manage JWT keys")).toBeVisible();
});
