import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { SCREENSHOTS, signIn } from "./helpers";

const KEY = "demo-api-key-789";
const run = Date.now().toString().slice(-6);
// A number no demo lead has: 0784 + 7 digits.
const mobile = (n: number) => `0784${n}${run}`;

async function addLead(request: APIRequestContext, number: string, surname: string) {
  const reply = await request.post(`/lead/add?key=${KEY}`, {
    data: { first_name: "Quinn", surname, mobile: number, email: `quinn.${surname.toLowerCase()}.${run}@example.com`, type: "motor-trade", subtype: "valeter" },
  });
  expect(await reply.json()).toEqual({ saved: true, processed: true });
}

async function openQueue(page: Page) {
  await page.goto("/calls/queue");
  await expect(page.getByRole("heading", { name: "Call queue" })).toBeVisible();
  await expect(page.getByTestId("live-status")).toHaveAttribute("data-status", "live");
}

test("a lead from POST /lead/add is queued for reps and marked dialled live when the ribbon logs a call to it", async ({ page, request }) => {
  const number = mobile(1);
  await addLead(request, number, "Dialled");
  await signIn(page, "rep@demo.relaycrm.test");
  await openQueue(page);
  const item = page.getByTestId(`queue-item-${number}`);
  await expect(item).toHaveAttribute("data-state", "due");
  await expect(item).toContainText("Quinn Dialled");
  await expect(item).toContainText("motor-trade");
  await expect(item).toContainText("valeter");
  await expect(item).toContainText("no attempts yet");
  // "Call" opens the lead.
  await expect(item.getByRole("link", { name: /^Call Quinn Dialled/ })).toHaveAttribute("href", /^\/leads\/[0-9a-f-]{36}$/);

  const logged = await request.post("/api/ribbon/log-call", {
    data: { apiKey: KEY, event: "connected", data: { callSid: `queue-${run}`, phoneNumber: number, callDirection: "outbound" } },
  });
  expect(logged.status()).toBe(200);
  // Pushed over the live bus: no reload.
  await expect(item).toHaveAttribute("data-state", "dialled", { timeout: 2_000 });
  await expect(item).toContainText("Dialled");
  await expect(item.getByRole("button", { name: "Cancel" })).toHaveCount(0);

  const cancel = await request.post(`/lead/cancel?key=${KEY}`, { data: { type: "motor-trade", mobile: number } });
  expect(await cancel.json()).toEqual({ cancelled: false, warning: "already processed" });
  await page.reload();
  await expect(page.getByTestId(`queue-item-${number}`)).toHaveCount(0);
});

test("reps reschedule (an attempt) and cancel queued calls; /lead/cancel agrees", async ({ page, request }) => {
  const later = mobile(2);
  const gone = mobile(3);
  await addLead(request, later, "Later");
  await addLead(request, gone, "Gone");
  await signIn(page, "rep@demo.relaycrm.test");
  await openQueue(page);

  const item = page.getByTestId(`queue-item-${later}`);
  await item.getByRole("button", { name: "Reschedule" }).click();
  const when = item.getByLabel("Call again at (your local time)");
  await when.fill("2020-01-01T09:00");
  await item.getByRole("button", { name: "Reschedule" }).last().click();
  await expect(item.getByRole("alert")).toHaveText("Pick a time from now on");
  await item.getByRole("button", { name: "In 1 hour" }).click();
  await item.getByRole("button", { name: "Reschedule" }).last().click();
  await expect(item).toHaveAttribute("data-state", "later");
  await expect(item).toContainText("1 attempt");
  await expect(item).toContainText(/Scheduled in (59|60) minutes|Scheduled in 1 hour/);

  const doomed = page.getByTestId(`queue-item-${gone}`);
  page.once("dialog", (dialog) => void dialog.accept());
  await doomed.getByRole("button", { name: "Cancel" }).click();
  await expect(doomed).toHaveCount(0);
  const cancel = await request.post(`/lead/cancel?key=${KEY}`, { data: { type: "motor-trade", mobile: gone } });
  expect(await cancel.json()).toEqual({ cancelled: false, warning: "not found" });
  // A partner's cancel shows in an open queue without reload.
  const third = mobile(4);
  await addLead(request, third, "Partner");
  await expect(page.getByTestId(`queue-item-${third}`)).toBeVisible();
  const partnerCancel = await request.post(`/lead/cancel?key=${KEY}`, { data: { type: "motor-trade", mobile: third } });
  expect(await partnerCancel.json()).toEqual({ cancelled: true });
  await expect(page.getByTestId(`queue-item-${third}`)).toHaveCount(0);
});

test("call queue screenshots at 1280 and 390 px", async ({ page }) => {
  await signIn(page, "admin@demo.relaycrm.test");
  await page.setViewportSize({ width: 1280, height: 900 });
  await openQueue(page);
  await expect(page.getByTestId("call-queue").locator("li").first()).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/call-queue-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SCREENSHOTS}/call-queue-390.png`, fullPage: true });
  // Keyboard: Tab reaches the first item's Call link with a visible focus ring.
  await page.setViewportSize({ width: 1280, height: 900 });
  const firstCall = page
    .getByTestId("call-queue")
    .getByRole("link", { name: /^Call / })
    .first();
  await firstCall.focus();
  await expect(firstCall).toBeFocused();
});
