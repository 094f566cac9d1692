import { expect, test, type Page } from "@playwright/test";
import { SCREENSHOTS, signIn } from "./helpers";

const DEMO_KEY = { Authorization: "Bearer demo-api-key-789" };

async function shoot(page: Page, name: string): Promise<void> {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(150);
    await page.screenshot({ path: `${SCREENSHOTS}/tickets-${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("lists tickets by status, replies to one and closes it; the API sees the reply and the status", async ({ page, request }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, "manager@demo.relaycrm.test");
  await page.goto("/tickets");
  await expect(page.getByRole("link", { name: /^Open/ })).toHaveAttribute("aria-current", "page");
  await expect(page.getByTestId("tickets-table")).toBeVisible();
  await shoot(page, "list");
  await page.getByRole("link", { name: /^Pending/ }).click();
  await expect(page).toHaveURL(/status=pending/);
  await expect(page.getByRole("link", { name: /^Pending/ })).toHaveAttribute("aria-current", "page");
  await page.getByRole("link", { name: /^Open/ }).click();
  await expect(page).toHaveURL(/status=open/);
  await expect(page.getByRole("link", { name: /^Open/ })).toHaveAttribute("aria-current", "page");

  await page.getByTestId("tickets-table").getByRole("row").nth(1).getByRole("link").first().click();
  await page.waitForURL(/\/tickets\/\d+$/);
  const seq = Number(new URL(page.url()).pathname.split("/").pop());
  await expect(page.getByTestId("ticket-status")).toHaveText("Open");
  await page.getByRole("button", { name: "Send reply" }).click();
  await expect(page.getByText("Write a reply first")).toBeVisible();
  await page.getByRole("textbox", { name: "Reply" }).fill("E2E: we found the cause and fixed it.");
  await page.getByRole("button", { name: "Send reply" }).click();
  await expect(page.getByTestId("ticket-conversation")).toContainText("E2E: we found the cause and fixed it.");
  await expect(page.getByTestId("ticket-conversation")).toContainText("Max Manager");

  await page.getByLabel("Status", { exact: true }).selectOption("closed");
  await page.getByLabel("Priority", { exact: true }).selectOption("high");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByTestId("ticket-status")).toHaveText("Closed");
  await shoot(page, "detail");

  const api = await (await request.get(`/api/v2/tickets/${seq}`, { headers: DEMO_KEY })).json();
  expect(api.data.status).toBe("Closed");
  expect(api.data.priority).toBe("High");
  expect(api.data.closed_at).not.toBeNull();
  expect(api.data.replies.at(-1)).toMatchObject({ author: "staff", message: "E2E: we found the cause and fixed it." });

  await page.goto("/tickets?status=closed");
  await expect(page.getByTestId("tickets-table")).toContainText(api.data.subject);
});
