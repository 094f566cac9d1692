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
