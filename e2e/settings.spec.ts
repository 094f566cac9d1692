import { expect, test } from "@playwright/test";
import { SCREENSHOTS, signIn, signOut } from "./helpers";

test("an admin creates an API key, sees it once, uses it, and revokes it", async ({ page, request }) => {
  await signIn(page, "admin@demo.relaycrm.test");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
  await expect(page).toHaveURL(/\/settings\/api-keys/);

  await page.getByLabel("Name").fill("E2E integration");
  await page.getByLabel("Everything (all scopes)").uncheck();
  await page.getByRole("checkbox", { name: /read:leads/ }).check();
  await page.getByRole("button", { name: "Create API key" }).click();
  const shown = page.getByTestId("new-api-key");
  await expect(shown).toBeVisible();
  const key = (await shown.textContent())!.trim();
  expect(key).toMatch(/^crm_[A-Za-z0-9_-]{32}$/);
  const row = page.getByRole("row", { name: /E2E integration/ });
  await expect(row).toContainText(`${key.slice(0, 10)}…`);
  await expect(row).toContainText("read:leads");
  await expect(page.getByTestId("api-keys-table")).not.toContainText(key);
  await page.screenshot({ path: `${SCREENSHOTS}/api-keys.png`, fullPage: true });

  const ok = await request.get("/dev/crm/leads?limit=1", { headers: { Authorization: `Bearer ${key}` } });
  expect(ok.status()).toBe(200);
  const forbidden = await request.post("/api/leads", { headers: { "X-API-Key": key }, data: { name: "A", email: "a@example.com", source: "website" } });
  expect(forbidden.status()).toBe(403);

  page.once("dialog", (dialog) => void dialog.accept());
  await row.getByRole("button", { name: "Revoke" }).click();
  await expect(row).toContainText("revoked");
  // Revocation reaches every cached credential within seconds.
  await expect
    .poll(async () => (await request.get("/dev/crm/leads?limit=1", { headers: { Authorization: `Bearer ${key}` } })).status(), { timeout: 15_000 })
    .toBe(401);
});

test("an admin adds a user, changes the role and deactivates them; the user can no longer sign in", async ({ page }) => {
  const email = `new.rep.${Date.now()}@demo.relaycrm.test`;
  await signIn(page, "admin@demo.relaycrm.test");
  await page.goto("/settings/users");
  await page.getByLabel("Name").fill("New Rep");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Role", { exact: true }).selectOption("rep");
  await page.getByLabel("Initial password").fill("a-long-password-1");
  await page.getByRole("button", { name: "Add user" }).click();
  await expect(page.getByText(`${email} can now sign in`)).toBeVisible();
  const row = page.getByTestId(`user-row-${email}`);
  await expect(row).toContainText("active");

  await row.getByLabel(`Role of ${email}`).selectOption("analyst");
  await page.reload();
  await expect(page.getByTestId(`user-row-${email}`).getByLabel(`Role of ${email}`)).toHaveValue("analyst");

  await signOut(page);
  await signIn(page, email, "a-long-password-1");
  await expect(page.getByTestId("user-name")).toHaveText("New Rep");
  await signOut(page);

  await signIn(page, "admin@demo.relaycrm.test");
  await page.goto("/settings/users");
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByTestId(`user-row-${email}`).getByRole("button", { name: "Deactivate" }).click();
  await expect(page.getByTestId(`user-row-${email}`)).toContainText("deactivated");
  await page.screenshot({ path: `${SCREENSHOTS}/users.png`, fullPage: true });
  await signOut(page);

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a-long-password-1");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("Wrong email or password, or the account is deactivated.");
});

test("the API docs are readable pages backed by the OpenAPI documents", async ({ page }) => {
  await page.goto("/docs");
  await page.getByRole("link", { name: "Dialler Leads API" }).click();
  await expect(page.getByText("/lead/add")).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/docs-dialler.png`, fullPage: true });
});
