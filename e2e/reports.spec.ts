import { expect, test } from "@playwright/test";
import { screenshotBothWidths, signIn, signOut } from "./helpers";

// /reports: every chart draws (an SVG with data marks) and the figures on the
// page are the API's for the same period (GET /dev/crm/reports/*).
const auth = { Authorization: "Bearer demo-api-key-789" };
const day = (date: Date) => date.toISOString().slice(0, 10);

test("reports draw their charts and show the API's numbers for the period", async ({ page, request }) => {
  const to = new Date();
  const from = new Date(to.getTime() - 179 * 86_400_000);
  await signIn(page, "manager@demo.relaycrm.test");
  await page.goto(`/reports?range=custom&from=${day(from)}&to=${day(to)}`);
  await expect(page.getByRole("heading", { name: "Reports", exact: true })).toBeVisible();

  for (const chart of ["chart-funnel", "chart-sources", "chart-weekly", "chart-owners", "chart-segments", "chart-health"]) {
    const card = page.getByTestId(chart);
    await expect(card.locator("svg.recharts-surface").first()).toBeVisible();
    // recharts draws its bars after measuring the card: wait for the first one (retrying), not a one-off count.
    await expect(card.locator(".recharts-bar-rectangle").first(), chart).toBeVisible();
  }
  await expect(page.getByTestId("chart-conversion").locator("path.recharts-line-curve").first()).toBeVisible();

  const leads = await (await request.get(`/dev/crm/reports/leads?date_from=${day(from)}&date_to=${day(to)}`, { headers: auth })).json();
  expect(leads.total).toBeGreaterThan(0);
  await expect(page.getByTestId("stat-leads")).toHaveText(leads.total.toLocaleString("en"));
  await expect(page.getByTestId("stat-conversion")).toHaveText(`${leads.conversion_rate}%`);
  const sourceRows = page.getByTestId("table-sources").locator("tbody tr");
  await expect(sourceRows).toHaveCount(leads.by_source.length);
  for (const source of leads.by_source) {
    const name = source.source.charAt(0).toUpperCase() + source.source.slice(1);
    const row = page
      .getByTestId("table-sources")
      .locator("tbody tr")
      .filter({ has: page.locator("th", { hasText: new RegExp(`^${name}$`) }) });
    await expect(row.locator("td").first()).toHaveText(source.count.toLocaleString("en"));
  }
  for (const status of leads.by_status) {
    const row = page
      .getByTestId("table-funnel")
      .locator("tbody tr")
      .filter({ hasText: new RegExp(`^${status.status}`, "i") });
    await expect(row.locator("td").first()).toHaveText(status.count.toLocaleString("en"));
  }
  const weekly = page.getByTestId("table-weekly").locator("tbody tr");
  await expect(weekly).toHaveCount(leads.new_per_week.length);

  const customers = await (await request.get(`/dev/crm/reports/customers?date_from=${day(from)}&date_to=${day(to)}`, { headers: auth })).json();
  await expect(page.getByTestId("stat-customers")).toHaveText(customers.total.toLocaleString("en"));
  const health = page.getByTestId("table-health").locator("tbody tr");
  await expect(health.nth(0).locator("td")).toHaveText(customers.health.healthy.toLocaleString("en"));
  await expect(health.nth(1).locator("td")).toHaveText(customers.health.at_risk.toLocaleString("en"));
  await expect(health.nth(2).locator("td")).toHaveText(customers.health.critical.toLocaleString("en"));
  await screenshotBothWidths(page, "reports");

  // A rep gets the report of their own leads: the API's by_owner row for them, the same SQL scoped in the domain.
  await signOut(page);
  await signIn(page, "rep@demo.relaycrm.test");
  await page.goto(`/reports?range=custom&from=${day(from)}&to=${day(to)}`);
  await expect(page.getByTestId("report-scope")).toHaveText("Your leads");
  const mine = (leads.by_owner as { owner_name: string | null; count: number; conversion_rate: number | null }[]).find((row) => row.owner_name === "Rita Rep")!;
  expect(mine.count).toBeGreaterThan(0);
  await expect(page.getByTestId("stat-leads")).toHaveText(mine.count.toLocaleString("en"));
  await expect(page.getByTestId("stat-conversion")).toHaveText(mine.conversion_rate === null ? "—" : `${mine.conversion_rate}%`);
  for (const chart of ["chart-funnel", "chart-sources", "chart-weekly"]) {
    await expect(page.getByTestId(chart).locator(".recharts-bar-rectangle").first(), chart).toBeVisible();
  }
  await expect(page.getByTestId("chart-conversion").locator("path.recharts-line-curve").first()).toBeVisible();
  for (const workspaceOnly of ["chart-owners", "chart-segments", "chart-health", "stat-customers"])
    await expect(page.getByTestId(workspaceOnly)).toHaveCount(0);
  await screenshotBothWidths(page, "reports-rep");
});
