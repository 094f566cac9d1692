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

  test("opens a ticket from /tickets/new (errors beside the fields), and from a customer's page with that customer picked", async ({ page, request }) => {
    await page.goto("/tickets");
    await page.getByRole("link", { name: "New ticket" }).click();
    await expect(page).toHaveURL(/\/tickets\/new$/);
    await page.getByRole("button", { name: "Open ticket" }).click();
    await expect(page.getByText("Subject is required")).toBeVisible();
    await expect(page.getByText("Message is required")).toBeVisible();
    await page.locator("#customer-search").fill("Acme");
    await page
      .getByRole("option", { name: /Acme Corp/ })
      .first()
      .click();
    await expect(page.getByTestId("chosen-customer")).toContainText("Acme Corp");
    await page.getByLabel("Subject").fill("E2E: invoice PDF is blank");
    await page.getByLabel("Message").fill("The PDF we received for last month is an empty page.");
    await page.getByLabel("Department").selectOption({ label: "Billing" });
    await page.getByLabel("Priority").selectOption({ label: "High" });
    await shoot(page, "ticket-new");
    await page.getByRole("button", { name: "Open ticket" }).click();
    await page.waitForURL(/\/tickets\/\d+$/);
    await expect(page.getByRole("heading", { name: "E2E: invoice PDF is blank" })).toBeVisible();
    const seq = Number(new URL(page.url()).pathname.split("/").pop());
    const ticket = (await (await request.get(`/api/v2/tickets/${seq}`, { headers: DEMO_KEY })).json()).data;
    expect(ticket).toMatchObject({ subject: "E2E: invoice PDF is blank", status: "Open", priority: "High", department: "Billing" });
    expect(ticket.customer_id).not.toBeNull();

    // From the customer's page: the customer is already chosen.
    await page
      .getByRole("link", { name: /Acme Corp/ })
      .first()
      .click();
    await page.waitForURL(/\/customers\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId("customer-tickets")).toContainText("E2E: invoice PDF is blank");
    await shoot(page, "customer-tickets");
    await page.getByRole("link", { name: "New ticket" }).click();
    await expect(page).toHaveURL(/\/tickets\/new\?customer=/);
    await expect(page.getByTestId("chosen-customer")).toContainText("Acme Corp");
    await page.getByLabel("Subject").fill("E2E: second question");
    await page.getByLabel("Message").fill("Can we add two seats?");
    await page.getByRole("button", { name: "Open ticket" }).click();
    await page.waitForURL(/\/tickets\/\d+$/);
    const second = (await (await request.get(`/api/v2/tickets/${new URL(page.url()).pathname.split("/").pop()}`, { headers: DEMO_KEY })).json()).data;
    expect(second).toMatchObject({ customer_id: ticket.customer_id, priority: "Medium", department_id: null });
  });

  test("edits a transaction and deletes it; a payment's edit moves its invoice's status", async ({ page, request }) => {
    // A plain expense: record through the API, edit and delete on its page.
    const created = await request.post("/api/v2/transactions", {
      headers: DEMO_KEY,
      data: { type: "Expense", amount: "42.00", account_id: 1, category_id: 3, description: "E2E coffee beans", date: "2020-03-10" },
    });
    expect(created.status()).toBe(201);
    const seq = (await created.json()).data.id as number;
    await page.goto("/transactions?from=2020-03-01&to=2020-03-31");
    await page.getByTestId("transactions-table").getByRole("link", { name: "E2E coffee beans" }).click();
    await expect(page).toHaveURL(new RegExp(`/transactions/${seq}$`));
    await page.getByLabel("Amount").fill("-1");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText("Amount must be greater than 0").first()).toBeVisible();
    await page.getByLabel("Amount").fill("45.50");
    await page.getByLabel("Description").fill("E2E coffee beans, large bag");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText("Saved.")).toBeVisible();
    const api = (await (await request.get(`/api/v2/transactions/${seq}`, { headers: DEMO_KEY })).json()).data;
    expect(api).toMatchObject({ amount: 45.5, description: "E2E coffee beans, large bag" });
    await shoot(page, "transaction-edit");
    await page.getByRole("button", { name: "Delete transaction" }).click();
    await expect(page.getByRole("group", { name: "Confirm delete" })).toBeVisible();
    await page.getByRole("button", { name: "Yes, delete" }).click();
    await expect(page).toHaveURL(new RegExp(`/transactions\\?deleted=${seq}`));
    await expect(page.getByText(`Transaction #${seq} was deleted.`)).toBeVisible();
    expect((await request.get(`/api/v2/transactions/${seq}`, { headers: DEMO_KEY })).status()).toBe(404);

    // A payment: halving it on its page makes the paid invoice Partially Paid.
    const customer = (await (await request.get("/api/v2/customers?limit=1", { headers: DEMO_KEY })).json()).data[0];
    const invoice = (
      await (
        await request.post("/api/v2/invoices", { headers: DEMO_KEY, data: { customer_id: customer.id, items: [{ description: "E2E audit", amount: "300" }] } })
      ).json()
    ).data;
    const payment = (await (await request.post(`/api/v2/invoices/${invoice.id}/payments`, { headers: DEMO_KEY, data: { amount: "300" } })).json()).data;
    const paymentSeq = payment.payment.id as number;
    await page.goto(`/transactions/${paymentSeq}`);
    await expect(page.getByText(/A payment on/)).toContainText(invoice.invoice_number);
    await expect(page.getByLabel("Expense")).toBeDisabled();
    await page.getByLabel("Amount").fill("150.00");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText("Saved.")).toBeVisible();
    const after = (await (await request.get(`/api/v2/invoices/${invoice.id}`, { headers: DEMO_KEY })).json()).data;
    expect(after.status).toBe("Partially Paid");
    await shoot(page, "transaction-payment");
  });

  test("a non-USD workspace currency shows on quotes, the financial report and the pipeline", async ({ page }) => {
    const setCurrency = async (code: string) => {
      await page.goto("/settings/workspace");
      await page.getByLabel("Currency (ISO 4217)").fill(code);
      await page.getByRole("button", { name: "Save" }).click();
      await expect(page.getByText(`Currency set to ${code}.`)).toBeVisible();
    };
    await setCurrency("EUR");
    try {
      await page.goto("/quotes");
      await expect(page.getByTestId("quotes-table")).toContainText("€");
      await expect(page.getByTestId("quotes-table")).not.toContainText("$");
      await shoot(page, "quotes-eur");
      await page.goto("/reports/financial");
      await expect(page.getByTestId("report-income")).toHaveText(/^€/);
      await expect(page.getByTestId("top-customers")).toContainText("€");
      // recharts draws the ticks in their own layer: find the axis labels by their class.
      await expect(page.getByTestId("financial-chart").locator(".recharts-cartesian-axis-tick-value").filter({ hasText: "€" }).first()).toBeVisible();
      await shoot(page, "financial-eur");
      await page.goto("/pipeline");
      await expect(page.getByTestId("value-new")).toHaveText(/^€/);
      await shoot(page, "pipeline-eur");
      await page.goto("/products");
      await expect(page.getByTestId("products-table")).toContainText("€");
    } finally {
      await setCurrency("USD");
    }
  });
});
