import { expect, test } from "@playwright/test";

// The public feedback page: a customer opens the one-time link from
// POST /dev/crm/customers/:id/feedback/request, rates and comments without
// signing in; the link then shows the thank-you view, and the API knows the answer.
const DEMO_KEY = "demo-api-key-789";
const auth = { Authorization: `Bearer ${DEMO_KEY}` };

test("a customer answers through the link, once, without signing in", async ({ page, request }) => {
  const created = await request.post("/dev/crm/customers", {
    headers: auth,
    data: { name: "Erin Feedback", email: `erin-${Date.now()}@example.com`, type: "individual" },
  });
  expect(created.status()).toBe(201);
  const customer = await created.json();
  const asked = await request.post(`/dev/crm/customers/${customer.id}/feedback/request`, { headers: auth, data: {} });
  expect(asked.status()).toBe(201);
  const { response_url: link, id } = await asked.json();
  const path = new URL(link).pathname;

  await page.goto(path);
  await expect(page.getByRole("heading", { name: "Hi Erin, how did we do?" })).toBeVisible();
  const send = page.getByRole("button", { name: "Send feedback" });
  await expect(send).toBeDisabled();
  await page.getByLabel("4 of 5: Good").check({ force: true });
  await page.getByText("Support", { exact: true }).click();
  await page.getByLabel("Tell us more").fill("Quick and friendly support, delivery could be faster.");
  await page.screenshot({ path: "e2e/.screenshots/feedback-form.png", fullPage: true });
  await send.click();
  await expect(page.getByRole("heading", { name: "Thank you for your feedback" })).toBeVisible();
  await page.screenshot({ path: "e2e/.screenshots/feedback-thanks.png", fullPage: true });

  // The link is spent: reopening shows the thank-you view; the API refuses a second answer.
  await page.goto(path);
  await expect(page.getByRole("heading", { name: "Thank you for your feedback" })).toBeVisible();
  const again = await request.post(`/dev/crm/feedback/${id}`, { headers: auth, data: { rating: 1 } });
  expect(again.status()).toBe(409);
  const analytics = await request.get("/dev/crm/feedback/dashboard", { headers: auth });
  expect((await analytics.json()).recent[0]).toMatchObject({ customer_name: "Erin Feedback", rating: 4, category: "support" });

  const unknown = await page.goto(`/feedback/respond/${"A".repeat(43)}`);
  expect(unknown?.status()).toBe(404);
});

const day = (date: Date) => date.toISOString().slice(0, 10);

test("the feedback dashboard draws its charts with the API's numbers; the public page works at phone width and by keyboard", async ({ page, request }) => {
  const to = new Date();
  const from = new Date(to.getTime() - 179 * 86_400_000);
  await page.goto("/login");
  await page.getByLabel("Email").fill("manager@demo.relaycrm.test");
  await page.getByLabel("Password").fill("relay-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("user-name")).toBeVisible();
  await page.goto(`/feedback?range=custom&from=${day(from)}&to=${day(to)}`);
  await expect(page.getByRole("heading", { name: "Feedback", exact: true })).toBeVisible();

  await expect(page.getByTestId("chart-ratings").locator("path.recharts-line-curve").first()).toBeVisible();
  expect(await page.getByTestId("chart-ratings").locator(".recharts-line-dot, .recharts-dot").count()).toBeGreaterThan(0);
  await expect(page.getByTestId("chart-themes").locator(".recharts-bar-rectangle").first()).toBeVisible();

  const analytics = await (await request.get(`/dev/crm/feedback/analytics?date_from=${day(from)}&date_to=${day(to)}`, { headers: auth })).json();
  expect(analytics.count).toBeGreaterThan(0);
  await expect(page.getByTestId("stat-responses")).toHaveText(analytics.count.toLocaleString("en"));
  await expect(page.getByTestId("stat-average-rating")).toHaveText(analytics.average_rating.toFixed(2));
  await expect(page.getByTestId("stat-nps")).toHaveText(String(analytics.nps));
  await expect(page.getByTestId("nps-promoters")).toContainText(String(analytics.promoters));
  await expect(page.getByTestId("nps-detractors")).toContainText(String(analytics.detractors));
  await expect(page.getByTestId("table-ratings").locator("tbody tr")).toHaveCount(analytics.by_month.length);
  const themes = await (await request.get(`/dev/crm/feedback/themes?date_from=${day(from)}&date_to=${day(to)}`, { headers: auth })).json();
  const first = themes.themes?.[0] ?? themes.data?.[0];
  if (first) await expect(page.getByTestId("table-themes").locator("tbody tr").first()).toContainText(String(first.mentions));
  await expect(page.getByTestId("latest-comments").locator("li").first()).toBeVisible();
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await page.screenshot({ path: `e2e/.screenshots/feedback-dashboard-${width}.png`, fullPage: true });
  }

  // The public page on a phone, answered with the keyboard only.
  const created = await request.post("/dev/crm/customers", {
    headers: auth,
    data: { name: "Kim Keyboard", email: `kim-${Date.now()}@example.com`, type: "individual" },
  });
  const customer = await created.json();
  const asked = await (await request.post(`/dev/crm/customers/${customer.id}/feedback/request`, { headers: auth, data: {} })).json();
  const context = await page
    .context()
    .browser()!
    .newContext({ viewport: { width: 390, height: 844 } });
  const phone = await context.newPage();
  await phone.goto(new URL(asked.response_url).pathname);
  await expect(phone.getByRole("heading", { name: "Hi Kim, how did we do?" })).toBeVisible();
  await phone.screenshot({ path: "e2e/.screenshots/feedback-public-390.png", fullPage: true });
  await phone.getByLabel("1 of 5: Very poor").focus();
  await phone.keyboard.press("ArrowRight");
  await phone.keyboard.press("ArrowRight");
  await phone.keyboard.press("ArrowRight");
  await expect(phone.getByLabel("4 of 5: Good")).toBeChecked();
  await phone.getByLabel("Tell us more").fill("Keyboard only, works well.");
  await phone.getByRole("button", { name: "Send feedback" }).focus();
  await phone.keyboard.press("Enter");
  await expect(phone.getByRole("heading", { name: "Thank you for your feedback" })).toBeVisible();
  await phone.screenshot({ path: "e2e/.screenshots/feedback-public-thanks-390.png", fullPage: true });
  await context.close();
});
