import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { SCREENSHOTS, signIn } from "./helpers";

// The demo users are in "Demo Client", the tenant of the demo API key.
const DEMO_KEY = "demo-api-key-789";
const bearer = { Authorization: `Bearer ${DEMO_KEY}` };

interface HealthPart {
  key: string;
  value: number | null;
  weight: number;
  points: number;
}

/** A demo customer's id by name, through the crm API. */
async function customerId(request: APIRequestContext, name: string): Promise<string> {
  const reply = await request.get(`/dev/crm/customers?search=${encodeURIComponent(name)}&limit=1`, { headers: bearer });
  expect(reply.ok()).toBe(true);
  const id = (await reply.json()).data?.[0]?.id as string | undefined;
  expect(id, `demo customer ${name}`).toBeTruthy();
  return id!;
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}-390.png`, fullPage: true });
  // Nothing may widen the page past a phone's width.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("segment chips show their counts and filter the customer list", async ({ page, request }) => {
  await signIn(page, "manager@demo.relaycrm.test");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Customers" }).click();
  await expect(page.getByRole("heading", { name: "Customers" })).toBeVisible();
  await expect(page.getByTestId("customers-table")).toBeVisible();

  // The chips' counts are the API's segment counts.
  const segments = (await (await request.get("/dev/crm/customers/segments", { headers: bearer })).json()) as {
    total: number;
    segments: { key: string; count: number }[];
  };
  await expect(page.getByTestId("segment-all")).toContainText(String(segments.total));
  const critical = segments.segments.find((s) => s.key === "critical")!;
  expect(critical.count).toBeGreaterThan(0);
  await expect(page.getByTestId("segment-critical")).toContainText(String(critical.count));
  await shoot(page, "customers");

  await page.getByTestId("segment-critical").click();
  await expect(page).toHaveURL(/segment=critical/);
  await expect(page.getByTestId("segment-critical")).toHaveAttribute("aria-current", "page");
  const rows = page.getByTestId("customers-table").locator("tbody tr");
  await expect(rows).toHaveCount(Math.min(critical.count, 25));
  for (const row of await rows.all()) await expect(row).toContainText("Critical");

  // A segment combines with the other filters, and the chip links back to all.
  await page.getByLabel("Type").selectOption("business");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/segment=critical/);
  await expect(page).toHaveURL(/type=business/);
  await expect(page.getByTestId("customers-table")).toContainText("Granite Logistics");
  const exportHref = await page.getByTestId("export-customers").getAttribute("href");
  expect(exportHref).toContain("segment=critical");
  const csv = await page.request.get(exportHref!);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const lines = (await csv.text()).trim().split("\r\n");
  expect(lines[0]).toMatch(/^id,name,email/);
  expect(lines.some((line) => line.includes("Granite Logistics"))).toBe(true);
  await page.getByTestId("segment-critical").click();
  await expect(page).not.toHaveURL(/segment=/);
});

test("a customer page shows the health score and every part, as the API computes them", async ({ page, request }) => {
  const id = await customerId(request, "Bluebird Bakery");
  const health = (await (await request.get(`/dev/crm/customers/${id}/health`, { headers: bearer })).json()) as {
    score: number;
    band: string;
    parts: HealthPart[];
  };

  await signIn(page, "manager@demo.relaycrm.test");
  await page.goto(`/customers/${id}`);
  await expect(page.getByRole("heading", { name: "Bluebird Bakery" })).toBeVisible();
  await expect(page.getByTestId("health-score")).toHaveText(String(health.score));
  await expect(page.getByTestId("health-band")).toHaveText({ healthy: "Healthy", at_risk: "At risk", critical: "Critical" }[health.band]!);
  await expect(page.getByRole("img", { name: `Health score ${health.score} out of 100` })).toBeVisible();
  expect(health.parts).toHaveLength(6);
  for (const part of health.parts) {
    await expect(page.getByTestId(`part-points-${part.key}`)).toHaveText(String(part.points));
    await expect(page.getByTestId(`part-weight-${part.key}`)).toHaveText(String(part.weight));
    if (part.value === null) await expect(page.getByTestId(`part-value-${part.key}`)).toHaveText("none yet");
    else await expect(page.getByTestId(`part-value-${part.key}`)).toContainText(String(Math.abs(part.value)).replace(/\.0+$/, ""));
  }
  const sum = health.parts.reduce((total, part) => total + Math.round(part.points * 100), 0) / 100;
  await expect(page.getByTestId("health-points-sum")).toHaveText(`${sum} of 100`);
  expect(Math.round(sum)).toBe(health.score);
  // Each section has content or its own empty state.
  await expect(page.getByTestId("customer-orders")).toBeVisible();
  await expect(page.getByTestId("customer-tickets")).toContainText("Receipt printer not found");
  await expect(page.getByText("No calls with this customer.")).toBeVisible();
  await shoot(page, "customer");
});

test("a rep logs an interaction on their customer and it counts at once", async ({ page, request }) => {
  const id = await customerId(request, "Bluebird Bakery");
  await signIn(page, "rep@demo.relaycrm.test");
  await page.goto(`/customers/${id}`);
  await expect(page.getByTestId("part-value-recency")).toContainText("days");

  await page.getByLabel("Type").selectOption("meeting");
  await page.getByRole("button", { name: "Add interaction" }).click();
  await expect(page.getByText("Subject is required")).toBeVisible();
  await page.getByLabel("Subject").fill("Tasting-day visit");
  await page.getByLabel("Notes").fill("Walked through the new loyalty plan; they want a quote.");
  await page.getByLabel("Next action").fill("Send loyalty quote");
  await page.getByRole("button", { name: "Add interaction" }).click();
  await expect(page.getByText("Interaction recorded.")).toBeVisible();
  await expect(page.getByTestId("timeline")).toContainText("Tasting-day visit");
  await expect(page.getByTestId("timeline")).toContainText("Next: Send loyalty quote");

  // The API sees it, and the health recency now counts it.
  const listed = await (await request.get(`/dev/crm/customers/${id}/interactions`, { headers: bearer })).json();
  expect(listed.data.map((i: { subject: string }) => i.subject)).toContain("Tasting-day visit");
  const health = (await (await request.get(`/dev/crm/customers/${id}/health`, { headers: bearer })).json()) as { parts: HealthPart[] };
  expect(health.parts.find((p) => p.key === "recency")!.value).toBe(0);
  await expect(page.getByTestId("part-value-recency")).toHaveText("0 days");
});

test("a rep cannot open another rep's customer, and a taken email is refused beside the field", async ({ page, request }) => {
  const others = await customerId(request, "Granite Logistics");
  await signIn(page, "rep@demo.relaycrm.test");
  const reply = await page.goto(`/customers/${others}`);
  expect(reply?.status()).toBe(404);

  await page.goto("/customers?search=Granite");
  await expect(page.getByText("No customer matches these filters")).toBeVisible();
  await page.goto("/customers?search=Harbor");
  await expect(page.getByTestId("customers-table")).toContainText("Harbor Studio");

  await page.goto("/customers/new");
  await page.getByLabel("Name").fill("Harbor Studio again");
  await page.getByLabel("Email").fill("hello@harbor-studio.example");
  await page.getByRole("button", { name: "Create customer" }).click();
  await expect(page.getByText("A customer with this email already exists")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Email").fill("owner@fresh-start.example");
  await page.getByRole("button", { name: "Create customer" }).click();
  await expect(page.getByRole("heading", { name: "Harbor Studio again" })).toBeVisible();
  await expect(page.getByTestId("customer-details")).toContainText("Rita Rep");

  // Edit in place: the form swaps in, saves through updateCustomer, and the details show the change.
  await page.getByRole("button", { name: "Edit details" }).click();
  await page.getByLabel("Phone").fill("+44 20 7946 0999");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByTestId("customer-details")).toContainText("+44 20 7946 0999");
});
