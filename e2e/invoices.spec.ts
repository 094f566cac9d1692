import { expect, test, type Page } from "@playwright/test";
import { SCREENSHOTS, signIn } from "./helpers";

// The demo workspace's suite API key (prisma/demo/seed-demo.ts, DEMO_KEYS.demo).
const DEMO_KEY = "demo-api-key-789";

async function shoot(page: Page, name: string): Promise<void> {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SCREENSHOTS}/invoices-${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("create an invoice with three lines (one from a taxed product), pay it in two parts, and print it", async ({ page, request }) => {
  test.setTimeout(180_000);
  await signIn(page, "admin@demo.relaycrm.test");
  await page.goto("/invoices");
  await expect(page.getByTestId("invoice-tabs")).toBeVisible();
  await expect(page.getByTestId("invoices-table")).toBeVisible();
  await shoot(page, "list");
  await page.getByTestId("tab-overdue").click();
  await expect(page).toHaveURL(/tab=overdue/);
  await expect(page.getByTestId("invoices-table").getByText("Overdue").first()).toBeVisible();

  await page.goto("/invoices/new");
  // Customer: search as you type.
  await page.locator("#customer-search").fill("Acme");
  await page
    .getByRole("option", { name: /Acme Corp/ })
    .first()
    .click();
  await expect(page.getByTestId("chosen-customer")).toContainText("Acme Corp");
  // Line 1: a free line whose total would be 0.30000000000000004 in floats.
  await page.getByLabel("Description (line 1)").fill("Consulting call");
  await page.getByLabel("Quantity (line 1)").fill("3");
  await page.getByLabel("Unit price (line 1)").fill("0.10");
  // Line 2: from a product with a 20% tax rate.
  await page.getByRole("button", { name: "Add line" }).click();
  await page.getByRole("combobox", { name: "Start line 2 from a product" }).fill("CRM seat");
  await page.getByRole("option", { name: /CRM seat \(annual\)/ }).click();
  await expect(page.getByLabel("Description (line 2)")).toHaveValue("CRM seat (annual)");
  await expect(page.getByLabel("Unit price (line 2)")).toHaveValue("480.00");
  await page.getByLabel("Quantity (line 2)").fill("2");
  // Line 3: typed, then moved up by keyboard.
  await page.getByRole("button", { name: "Add line" }).click();
  await page.getByLabel("Description (line 3)").fill("Travel");
  await page.getByLabel("Unit price (line 3)").fill("12.50");
  await page.getByRole("button", { name: "Move line 3 up" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Description (line 2)")).toHaveValue("Travel");
  await expect(page.getByRole("button", { name: "Move line 2 up" })).toBeFocused();
  // Live totals, exact: 0.30 + 12.50 + 960.00 = 972.80; tax 20% of 960 = 192.00.
  await expect(page.getByTestId("subtotal")).toHaveText("$972.80");
  await expect(page.getByTestId("tax-total")).toHaveText("$192.00");
  await expect(page.getByTestId("total")).toHaveText("$1,164.80");
  // Validation beside the field, from the same schema as the API.
  await page.getByLabel("Quantity (line 1)").fill("0");
  await page.getByRole("button", { name: "Create invoice" }).click();
  await expect(page.getByText("Quantity must be greater than 0")).toBeVisible();
  await page.getByLabel("Quantity (line 1)").fill("3");
  await shoot(page, "new");
  await page.getByRole("button", { name: "Create invoice" }).click();

  await expect(page).toHaveURL(/\/invoices\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("invoice-total")).toHaveText("$1,164.80");
  await expect(page.getByTestId("invoice-status").first()).toHaveText("Unpaid");
  const suiteId = await page.locator("[data-suite-id]").getAttribute("data-suite-id");
  const api = async () => {
    const response = await request.get(`/api/v2/invoices/${suiteId}`, { headers: { Authorization: `Bearer ${DEMO_KEY}` } });
    expect(response.status()).toBe(200);
    return (await response.json()).data as { status: string; amount: number; amount_paid: number; balance: number; tax: number; items: unknown[] };
  };
  expect(await api()).toMatchObject({ status: "Unpaid", amount: 1164.8, tax: 192, amount_paid: 0, balance: 1164.8 });
  expect((await api()).items).toHaveLength(3);

  // The amount starts at the balance; more than the balance is refused beside the field.
  await expect(page.getByLabel("Amount")).toHaveValue("1164.80");
  await page.getByLabel("Amount").fill("2000");
  await page.getByRole("button", { name: "Record payment" }).click();
  await expect(page.getByText("Amount exceeds the balance due of 1164.80")).toBeVisible();

  await page.getByLabel("Amount").fill("500");
  await page.getByRole("button", { name: "Record payment" }).click();
  await expect(page.getByText("Payment recorded. The invoice is now Partially Paid.")).toBeVisible();
  await expect(page.getByTestId("invoice-status").first()).toContainText("Partially Paid");
  await expect(page.getByTestId("invoice-balance")).toHaveText("$664.80");
  expect(await api()).toMatchObject({ status: "Partially Paid", amount_paid: 500, balance: 664.8 });

  await expect(page.getByLabel("Amount")).toHaveValue("664.80");
  await page.getByRole("button", { name: "Record payment" }).click();
  await expect(page.getByTestId("invoice-status").first()).toHaveText("Paid");
  await expect(page.getByTestId("invoice-balance")).toHaveText("$0.00");
  await expect(page.getByTestId("payments").getByRole("listitem")).toHaveCount(2);
  await expect(page.getByTestId("invoice-events")).toContainText("payment.received");
  expect(await api()).toMatchObject({ status: "Paid", amount_paid: 1164.8, balance: 0 });
  await shoot(page, "detail");

  // Print view: the document alone on a sheet; the print stylesheet hides the toolbar.
  await page.goto(`${new URL(page.url()).pathname}/print`);
  await expect(page.getByTestId("print-sheet")).toContainText("$1,164.80");
  await expect(page.getByTestId("print-sheet")).toContainText("Acme Corp");
  await shoot(page, "print");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Print or save as PDF" })).toBeHidden();
  await page.screenshot({ path: `${SCREENSHOTS}/invoices-print-media.png`, fullPage: true });
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.byteLength).toBeGreaterThan(1000);
});

test("reps see invoices but cannot issue them; the domain refuses too", async ({ page }) => {
  await signIn(page, "rep@demo.relaycrm.test");
  await page.goto("/invoices");
  await expect(page.getByTestId("invoice-tabs")).toBeVisible();
  await expect(page.getByRole("link", { name: "New invoice" })).toHaveCount(0);
  await page.goto("/invoices/new");
  await expect(page.getByText("Your role cannot do this")).toBeVisible();
});
