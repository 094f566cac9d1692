import { expect, test } from "@playwright/test";
import { SCREENSHOTS, signIn, signOut } from "./helpers";

test("a rep finds a lead, logs a call with a next step, and converts it to a customer", async ({ page }) => {
  await signIn(page, "manager@demo.relaycrm.test");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Leads" }).click();
  await expect(page.getByRole("heading", { name: "Leads" })).toBeVisible();
  await page.getByLabel("Status").selectOption("qualified");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/status=qualified/);
  const table = page.getByTestId("leads-table");
  await expect(table.getByText("Qualified").first()).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/leads-1280.png`, fullPage: true });

  await table.locator("tbody tr").first().getByRole("link").click();
  await expect(page.getByTestId("lead-status")).toContainText("Qualified");
  await page.getByLabel("Type").selectOption("call");
  await page.getByLabel("Notes").fill("Walked through pricing; wants a proposal");
  await page.getByLabel("Next action").fill("Send proposal");
  await page.getByLabel("Due").fill("2030-01-15");
  await page.getByRole("button", { name: "Add interaction" }).click();
  await expect(page.getByText("Interaction recorded.")).toBeVisible();
  await expect(page.getByTestId("timeline")).toContainText("Walked through pricing; wants a proposal");
  await expect(page.getByTestId("timeline")).toContainText("Next: Send proposal");
  await expect(page.getByTestId("next-task")).toBeVisible();

  await page.getByRole("button", { name: "Convert to customer" }).click();
  await expect(page.getByTestId("lead-status")).toContainText("Converted");
  await expect(page.getByTestId("converted-at")).not.toHaveText("—");
  await expect(page.getByRole("button", { name: "Convert to customer" })).toBeHidden();
  await page.screenshot({ path: `${SCREENSHOTS}/lead-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SCREENSHOTS}/lead-390.png`, fullPage: true });
});

test("another workspace's lead is not found, and the list works on a phone", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, "admin@collections.relaycrm.test");
  await page.goto("/leads");
  const firstLead = await page.getByTestId("leads-table").locator("tbody tr a").first().getAttribute("href");
  await page.screenshot({ path: `${SCREENSHOTS}/leads-390.png`, fullPage: true });
  await signOut(page);
  await signIn(page, "admin@demo.relaycrm.test");
  const reply = await page.goto(firstLead!);
  expect(reply?.status()).toBe(404);
});
