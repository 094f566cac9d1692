import { expect, test, type Page } from "@playwright/test";
import { SCREENSHOTS, signIn } from "./helpers";

const DEMO_KEY = "demo-api-key-789";

async function firstCardId(page: Page, status: string): Promise<string> {
  const card = page.getByTestId(`column-${status}`).locator('[data-testid^="card-"]').first();
  await expect(card).toBeVisible();
  return (await card.getAttribute("data-testid"))!.replace("card-", "");
}

async function statusThroughApi(page: Page, leadId: string): Promise<string> {
  const reply = await page.request.get(`/dev/crm/leads/${leadId}`, { headers: { Authorization: `Bearer ${DEMO_KEY}` } });
  expect(reply.status()).toBe(200);
  return (await reply.json()).status;
}

test("a manager drags a deal to the next stage with the mouse; it survives a reload and the API sees it", async ({ page }) => {
  await signIn(page, "manager@demo.relaycrm.test");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Pipeline" }).click();
  await expect(page.getByRole("heading", { name: "Pipeline" })).toBeVisible();
  const newCount = Number(await page.getByTestId("count-new").textContent());
  const contactedCount = Number(await page.getByTestId("count-contacted").textContent());
  expect(newCount).toBeGreaterThan(0);
  await page.screenshot({ path: `${SCREENSHOTS}/pipeline-1280.png` });

  const leadId = await firstCardId(page, "new");
  const card = page.getByTestId(`card-${leadId}`);
  const target = page.getByTestId("column-contacted");
  const from = (await card.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 20, from.y + from.height / 2, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + 80, { steps: 15 });
  await page.mouse.up();

  await expect(target.getByTestId(`card-${leadId}`)).toBeVisible();
  await expect(page.getByTestId("count-new")).toHaveText(String(newCount - 1));
  await expect(page.getByTestId("count-contacted")).toHaveText(String(contactedCount + 1));
  await expect.poll(() => statusThroughApi(page, leadId)).toBe("contacted");
  await page.reload();
  await expect(page.getByTestId("column-contacted").getByTestId(`card-${leadId}`)).toBeVisible();
});

test("a deal moves by keyboard: focus, Space, arrow right, Space", async ({ page }) => {
  await signIn(page, "admin@demo.relaycrm.test");
  await page.goto("/pipeline");
  const leadId = await firstCardId(page, "qualified");
  const card = page.getByTestId(`card-${leadId}`);
  await card.focus();
  // Each step waits for dnd-kit's screen-reader announcement, as a person waits for the card to lift.
  await page.keyboard.press("Space");
  await expect(page.getByText(/is over Qualified\.$/)).toBeAttached();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByText(/is over Proposal\.$/)).toBeAttached();
  await page.keyboard.press("Space");
  await expect(page.getByTestId("column-proposal").getByTestId(`card-${leadId}`)).toBeVisible();
  await expect.poll(() => statusThroughApi(page, leadId)).toBe("proposal");
});

test("the board fits a phone: columns scroll sideways and filters stack", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, "rep@demo.relaycrm.test");
  await page.goto("/pipeline");
  // A rep starts on their own deals.
  await expect(page.getByLabel("Owner")).toHaveValue("mine");
  await expect(page.getByTestId("column-new")).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/pipeline-390.png` });
  await page.getByLabel("Owner").selectOption("all");
  await page.getByLabel("Search").fill("zzzz-no-such-lead");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByTestId("count-new")).toHaveText("0");
  await expect(page.getByTestId("column-new")).toContainText("No leads in this stage");
});
