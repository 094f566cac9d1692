import { expect, test, type Page } from "@playwright/test";
import { SCREENSHOTS, signIn, signOut } from "./helpers";

async function shoot(page: Page, name: string) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("a rep cannot see another rep's lead: not in the list, not on the board, and its URL is not found", async ({ page }) => {
  await signIn(page, "manager@demo.relaycrm.test");
  await page.goto("/leads");
  await page.getByLabel("Owner").selectOption({ label: "Sam Seller" });
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/owner=/);
  const link = page.getByTestId("leads-table").locator("tbody tr a").first();
  const href = (await link.getAttribute("href"))!;
  const name = (await link.textContent())!.trim();
  await signOut(page);

  await signIn(page, "rep@demo.relaycrm.test");
  const reply = await page.goto(href);
  expect(reply?.status()).toBe(404);
  await page.goto(`/leads?search=${encodeURIComponent(name)}`);
  await expect(page.getByTestId("leads-table").getByText(name, { exact: true })).toHaveCount(0);
  await page.goto(`/pipeline?owner=all&search=${encodeURIComponent(name)}`);
  await expect(page.getByRole("heading", { name: "Pipeline" })).toBeVisible();
  await expect(page.getByText(name, { exact: true })).toHaveCount(0);
});

test("a rep creates a lead (field errors, duplicate email), logs a call with a task due today, marks it done, converts it and opens the customer", async ({
  page,
}) => {
  const email = `ada.lovelace.${Date.now()}@example.com`;
  await signIn(page, "rep@demo.relaycrm.test");
  await page.goto("/leads");
  await page.getByRole("link", { name: "New lead" }).click();
  await expect(page.getByRole("heading", { name: "New lead" })).toBeVisible();
  await page.getByRole("button", { name: "Create lead" }).click();
  await expect(page.getByText("Name is required")).toBeVisible();
  await page.getByLabel("Name").fill("Ada Lovelace");
  await page.getByLabel("Email").fill("not an email");
  await page.getByLabel("Deal value").fill("12.345");
  await page.getByRole("button", { name: "Create lead" }).click();
  await expect(page.getByText("Enter a valid email address")).toBeVisible();
  await expect(page.getByText("at most 2 decimals")).toBeVisible();
  await shoot(page, "lead-new");

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Deal value").fill("12500.50");
  await page.getByLabel("Company").fill("Analytical Engines Ltd");
  await page.getByRole("button", { name: "Create lead" }).click();
  await expect(page.getByRole("heading", { name: "Ada Lovelace" })).toBeVisible();
  await expect(page.getByTestId("lead-value")).toHaveText("$12,500.50");
  const leadUrl = page.url();

  // The same email again: refused beside the field.
  await page.goto("/leads/new");
  await page.getByLabel("Name").fill("Ada again");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Create lead" }).click();
  await expect(page.getByText("A lead with this email already exists")).toBeVisible();

  // Inline edit.
  await page.goto(leadUrl);
  await page.getByRole("button", { name: "Edit details" }).click();
  await page.getByLabel("Deal value").fill("14000");
  await page.getByLabel("Status").selectOption("qualified");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByTestId("lead-value")).toHaveText("$14,000.00");
  await expect(page.getByTestId("lead-status")).toContainText("Qualified");

  const today = new Date().toISOString().slice(0, 10);
  await page.getByLabel("Type").selectOption("call");
  await page.getByLabel("Notes").fill("Intro call; wants the numbers");
  await page.getByLabel("Next action").fill("Send Ada the numbers");
  await page.getByLabel("Due").fill(today);
  await page.getByRole("button", { name: "Add interaction" }).click();
  await expect(page.getByText("Interaction recorded.")).toBeVisible();
  await expect(page.getByTestId("next-task")).toContainText("Send Ada the numbers");
  await shoot(page, "lead-detail");

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Tasks" }).click();
  await expect(page.getByRole("heading", { name: "Tasks" })).toBeVisible();
  const task = page.getByTestId("task").filter({ hasText: "Send Ada the numbers" });
  await expect(task).toBeVisible();
  await shoot(page, "tasks");
  await task.getByRole("button", { name: /Mark done/ }).click();
  await expect(page.getByTestId("task").filter({ hasText: "Send Ada the numbers" })).toHaveCount(0);

  await page.goto(leadUrl);
  await expect(page.getByText("No open task.")).toBeVisible();
  await page.getByRole("button", { name: "Convert to customer" }).click();
  await expect(page.getByTestId("lead-status")).toContainText("Converted");
  await page.getByTestId("customer-link").click();
  await expect(page).toHaveURL(/\/customers\/[0-9a-f-]{36}$/);
});

test("a rep bulk-changes the status of selected leads and exports the selection", async ({ page }) => {
  await signIn(page, "rep@demo.relaycrm.test");
  await page.goto("/leads?status=new");
  const rows = page.getByTestId("leads-table").locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  const names = [(await rows.nth(0).locator("a").textContent())!.trim(), (await rows.nth(1).locator("a").textContent())!.trim()];
  await rows.nth(0).getByRole("checkbox").check();
  await rows.nth(1).getByRole("checkbox").check();
  await expect(page.getByTestId("bulk-bar")).toContainText("2 selected");
  await shoot(page, "leads");

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export selection" }).click();
  const csv = await (await download).path().then((path) => import("node:fs").then((fs) => fs.readFileSync(path!, "utf8")));
  expect(csv.trim().split("\n")).toHaveLength(3);
  expect(csv).toContain(names[0]);

  await page.getByLabel("Change status").selectOption("contacted");
  await expect(page.getByText("Done: 2 updated.")).toBeVisible();
  await page.goto("/leads?status=contacted&search=" + encodeURIComponent(names[0]!));
  await expect(page.getByTestId("leads-table")).toContainText(names[0]!);
});

test("the overview shows a rep their day and a manager the team's numbers", async ({ page }) => {
  await signIn(page, "rep@demo.relaycrm.test");
  await page.goto("/");
  await expect(page.getByRole("heading", { name: /Your day, Rita/ })).toBeVisible();
  await expect(page.getByTestId("stat-pipeline")).not.toHaveText("$0");
  await expect(page.getByTestId("recent-activity")).toBeVisible();
  await shoot(page, "overview-rep");
  await signOut(page);
  await signIn(page, "manager@demo.relaycrm.test");
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Team overview" })).toBeVisible();
  await page.goto("/tasks?scope=everyone&window=upcoming");
  await expect(page.getByTestId("task").first()).toBeVisible();
  await shoot(page, "overview-manager-tasks");
});
