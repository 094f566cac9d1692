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

test("the lead list sorts by a column header (mouse and keyboard), keeps the sort in the URL and pages through it", async ({ page }) => {
  await signIn(page, "manager@demo.relaycrm.test");
  await page.goto("/leads");
  const table = page.getByTestId("leads-table");
  const header = (name: string) => table.locator("thead th").filter({ has: page.getByRole("link", { name }) });
  await expect(header("Created")).toHaveAttribute("aria-sort", "descending"); // the default: newest first

  // Keyboard: focus the Value header's link and press Enter.
  await header("Value").getByRole("link").focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/sort=value&dir=desc/);
  await expect(header("Value")).toHaveAttribute("aria-sort", "descending");
  await expect(header("Created")).not.toHaveAttribute("aria-sort", /.+/);

  const headers = await table.locator("thead th").allInnerTexts();
  const valueColumn = headers.findIndex((text) => /value/i.test(text));
  const values = async () =>
    (await table.locator(`tbody tr td:nth-child(${valueColumn + 1})`).allInnerTexts()).map((text) =>
      text.trim() === "—" ? -1 : Number(text.replace(/[^0-9.]/g, "")),
    );
  const first = await values();
  expect(first.length).toBe(25);
  expect(first).toEqual([...first].sort((a, b) => b - a)); // biggest first, empty last
  await page.screenshot({ path: `${SCREENSHOTS}/leads-sorted-1280.png`, fullPage: true });

  await page.getByTestId("next-page").click();
  await expect(page).toHaveURL(/sort=value&dir=desc&cursor=/);
  const second = await values();
  expect(second[0]!).toBeLessThanOrEqual(first.at(-1)!);

  // A filter keeps the sort; the mouse flips the direction and returns to page one.
  await page.getByLabel("Status").selectOption("new");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/sort=value/);
  await expect(page).toHaveURL(/status=new/);
  await header("Value").getByRole("link").click();
  await expect(page).toHaveURL(/status=new&sort=value&dir=asc$/);
  await expect(header("Value")).toHaveAttribute("aria-sort", "ascending");
  await header("Lead").getByRole("link").click();
  await expect(page).toHaveURL(/sort=name&dir=asc/);
  await expect(header("Lead")).toHaveAttribute("aria-sort", "ascending");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SCREENSHOTS}/leads-sorted-390.png`, fullPage: true });
});
