import { expect, test, type Page } from "@playwright/test";
import { SCREENSHOTS, signIn } from "./helpers";

// The money pages of issue 12 owned by "money": products, transactions, quotes and the
// financial report, on the demo data (admin), checked against the suite API with the demo key.
const DEMO_KEY = { Authorization: "Bearer demo-api-key-789" };
const usd = (n: number) => new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);

async function shoot(page: Page, name: string): Promise<void> {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(150);
    await page.screenshot({ path: `${SCREENSHOTS}/money-${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test.describe("money pages", () => {
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await signIn(page, "admin@demo.relaycrm.test");
  });

  test("creates a product, edits it, archives it (gone from the list, shown with archived)", async ({ page }) => {
    await page.goto("/products");
    await expect(page.getByTestId("products-table")).toBeVisible();
    await shoot(page, "products");
    await page.getByRole("link", { name: "New product" }).click();
    await page.getByLabel("Name").fill("E2E Widget");
    await page.getByLabel("Price").fill("12.5x");
    await page.getByRole("button", { name: "Create product" }).click();
    await expect(page.getByText("Price must be 0 or greater, with at most 2 decimal places")).toBeVisible();
    await page.getByLabel("Price").fill("12.50");
    await page.getByLabel("Tax rate (%)").fill("10");
    await shoot(page, "product-new");
    await page.getByRole("button", { name: "Create product" }).click();
    await expect(page).toHaveURL(/\/products\?saved=/);
    const row = page.getByTestId("products-table").getByRole("row", { name: /E2E Widget/ });
    await expect(row).toContainText("$12.50");
    await expect(row).toContainText("10%");

    await row.getByRole("link", { name: "E2E Widget" }).click();
    await page.getByLabel("Price").fill("13.00");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByTestId("products-table").getByRole("row", { name: /E2E Widget/ })).toContainText("$13.00");

    await page.getByTestId("products-table").getByRole("link", { name: "E2E Widget" }).click();
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Archive" }).click();
    await expect(page.getByText(/Archived: it stays on the invoices/)).toBeVisible();
    await shoot(page, "product-edit");
    await page.goto("/products?search=E2E+Widget");
    await expect(page.getByText("No product matches these filters")).toBeVisible();
    await page.goto("/products?search=E2E+Widget&archived=1");
    await expect(page.getByTestId("products-table").getByRole("row", { name: /E2E Widget/ })).toContainText("Archived");
  });

  test("records an expense; it shows in the ledger and the filtered totals", async ({ page }) => {
    await page.goto("/transactions");
    await expect(page.getByTestId("transactions-table")).toBeVisible();
    await shoot(page, "transactions");
    await page.getByRole("link", { name: "Record transaction" }).click();
    // The list's filters also name "Expense": wait for the form before picking.
    await expect(page).toHaveURL(/\/transactions\/new/);
    await page.getByLabel("Expense").check();
    await page.getByLabel("Amount").fill("0");
    await page.getByRole("button", { name: "Record transaction" }).click();
    await expect(page.getByText("Amount must be greater than 0")).toBeVisible();
    await page.getByLabel("Amount").fill("123.45");
    await page.getByLabel("Date").fill("2020-02-14");
    await page.getByLabel("Category").selectOption({ label: "Travel" });
    await page.getByLabel("Description").fill("E2E train tickets");
    await shoot(page, "transaction-new");
    await page.getByRole("button", { name: "Record transaction" }).click();
    await expect(page).toHaveURL(/\/transactions\?recorded=/);

    await page.goto("/transactions?from=2020-02-01&to=2020-02-29");
    await expect(page.getByTestId("transactions-table")).toContainText("E2E train tickets");
    await expect(page.getByTestId("transactions-table")).toContainText("−$123.45");
    await expect(page.getByTestId("total-expenses")).toHaveText("$123.45");
    await expect(page.getByTestId("total-net")).toHaveText("-$123.45");

    await page.goto("/transactions/settings");
    await page.getByLabel("New category").fill("E2E Fees");
    await page.getByRole("button", { name: "Add category" }).click();
    await expect(page.getByTestId("categories-list")).toContainText("E2E Fees");
    await shoot(page, "transaction-settings");
  });

  test("sends, accepts and converts a quote to an invoice once; a second conversion is refused naming that invoice", async ({ page, request }) => {
    await page.goto("/quotes");
    await expect(page.getByTestId("quotes-table")).toBeVisible();
    await shoot(page, "quotes");
    await page.goto("/quotes?status=draft");
    await page.getByTestId("quotes-table").getByRole("link", { name: /QUO-/ }).first().click();
    await page.waitForURL(/\/quotes\/\d+$/);
    const seq = Number(new URL(page.url()).pathname.split("/").pop());
    await expect(page.getByTestId("quote-status")).toHaveText("Draft");
    await shoot(page, "quote");
    await page.getByRole("button", { name: "Mark as sent" }).click();
    await expect(page.getByTestId("quote-status")).toHaveText("Sent");
    await page.getByRole("button", { name: "Accept" }).click();
    await expect(page.getByTestId("quote-status")).toHaveText("Accepted");
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Convert to invoice" }).click();
    const link = page.getByTestId("quote-invoice-link");
    await expect(link).toHaveText(/^INV-\d{4}-\d{3}$/);
    const number = (await link.textContent())!;
    await expect(page.getByRole("button", { name: "Convert to invoice" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Edit" })).toHaveCount(0);
    await shoot(page, "quote-converted");

    const again = await request.post(`/api/v2/quotes/${seq}/convert`, { headers: DEMO_KEY, data: {} });
    expect([400, 409]).toContain(again.status());
    expect((await again.json()).message).toContain(number);
    const quote = await (await request.get(`/api/v2/quotes/${seq}`, { headers: DEMO_KEY })).json();
    expect(quote.data.invoice_number).toBe(number);
    expect(quote.data.status).toBe("accepted");
    const total = (await page.getByTestId("quote-total").textContent())!;
    const invoice = await (await request.get(`/api/v2/invoices/${quote.data.invoice_id}`, { headers: DEMO_KEY })).json();
    expect(usd(invoice.data.amount)).toBe(total);

    await page.goto("/quotes/new");
    await expect(page.getByRole("form", { name: "Quote" })).toBeVisible();
    await shoot(page, "quote-new");
  });

  test("the financial report shows the API's figures and draws the chart", async ({ page, request }) => {
    const year = new Date().getUTCFullYear();
    const month = new Date().getUTCMonth() + 1;
    const api = await (await request.get(`/api/v2/reports/financial?year=${year}`, { headers: DEMO_KEY })).json();
    await page.goto(`/reports/financial?year=${year}`);
    await expect(page.getByTestId("report-income")).toHaveText(usd(api.data.income));
    await expect(page.getByTestId("report-expenses")).toHaveText(usd(api.data.expenses));
    await expect(page.getByTestId("report-profit")).toHaveText(usd(api.data.profit));
    await expect(page.getByTestId("report-outstanding")).toHaveText(usd(api.data.outstanding_invoices));
    expect(api.data.income).toBeGreaterThan(0);
    // 12 months × (income, expenses) bars, and the profit line.
    await expect(page.getByTestId("financial-chart").locator(".recharts-bar-rectangle").first()).toBeVisible();
    expect(await page.getByTestId("financial-chart").locator(".recharts-bar-rectangle").count()).toBeGreaterThan(6);
    await expect(page.getByTestId("financial-chart").locator(".recharts-line-curve")).toHaveCount(1);
    await expect(page.getByTestId("top-customers").getByRole("listitem")).not.toHaveCount(0);
    await shoot(page, "financial");

    const monthly = await (await request.get(`/api/v2/reports/financial?year=${year}&month=${month}`, { headers: DEMO_KEY })).json();
    await page.goto(`/reports/financial?year=${year}&month=${month}`);
    await expect(page.getByTestId("report-income")).toHaveText(usd(monthly.data.income));
    await expect(page.getByTestId("report-profit")).toHaveText(usd(monthly.data.profit));
  });
});
