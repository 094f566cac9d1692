import { expect, test } from "@playwright/test";
import { SCREENSHOTS, signIn, signOut } from "./helpers";

test("signed-out visitors are sent to sign-in, and a wrong password is explained", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel("Email").fill("admin@demo.relaycrm.test");
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("Wrong email or password, or the account is deactivated.");
  await page.screenshot({ path: `${SCREENSHOTS}/login-error.png`, fullPage: true });
});

test("an admin signs in and sees the shell: workspace, user, navigation and real numbers", async ({ page }) => {
  await signIn(page, "admin@demo.relaycrm.test");
  await expect(page.getByTestId("tenant-name")).toHaveText("Demo Client");
  await expect(page.getByTestId("user-name")).toHaveText("Ada Admin");
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const item of ["Pipeline", "Leads", "Customers", "Calls", "Invoices", "Tickets", "Feedback", "Reports", "Settings"]) {
    await expect(nav.getByText(item, { exact: true })).toBeVisible();
  }
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
  // The demo seed puts leads in every stage; the page shows what the database holds.
  await expect(page.getByTestId("status-new")).not.toHaveText("0");
  await page.screenshot({ path: `${SCREENSHOTS}/overview.png`, fullPage: true });
  await signOut(page);
  await page.goto("/settings/api-keys");
  await expect(page).toHaveURL(/\/login/);
});

test("a rep sees settings but cannot manage keys or users", async ({ page }) => {
  await signIn(page, "rep@demo.relaycrm.test");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
  await expect(page.getByText("Only admins manage API keys.")).toBeVisible();
  await page.getByRole("link", { name: "Users" }).click();
  await expect(page.getByText("Only admins manage users.")).toBeVisible();
});

test("on a 390 px phone the navigation folds into a menu that opens over the page", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, "manager@demo.relaycrm.test");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await page.screenshot({ path: `${SCREENSHOTS}/overview-390.png`, fullPage: true });
  await page.getByRole("button", { name: "Open menu" }).click();
  const menu = page.getByRole("dialog", { name: "Main menu" });
  await expect(menu.getByTestId("tenant-name")).toHaveText("Demo Client");
  await page.screenshot({ path: `${SCREENSHOTS}/menu-390.png` });
  await menu.getByRole("link", { name: "Settings" }).click();
  await expect(page).toHaveURL(/\/settings/);
  await expect(page.getByRole("dialog", { name: "Main menu" })).toBeHidden();
});
