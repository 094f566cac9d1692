import { createHmac } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { SCREENSHOTS, signIn } from "./helpers";

interface Hit {
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A receiver in the test process; the app's in-process worker delivers to it. */
async function startReceiver() {
  const hits: Hit[] = [];
  let status = 200;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      hits.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      res.writeHead(status, { "content-type": "text/plain" }).end(status === 200 ? "thanks" : "receiver is broken");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/crm-events`,
    hits,
    setStatus: (s: number) => (status = s),
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

function signatureOf(secret: string, hit: Hit): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  return `v1,${createHmac("sha256", key).update(`${hit.headers["webhook-id"]}.${hit.headers["webhook-timestamp"]}.${hit.body}`).digest("base64")}`;
}

test("an admin registers a webhook, tests it, sees the attempts, retries a failure, rotates the secret and disables it", async ({ page, request }) => {
  const receiver = await startReceiver();
  try {
    await signIn(page, "admin@demo.relaycrm.test");
    await page.goto("/settings/api-keys");
    await page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Webhooks" }).click();
    await expect(page).toHaveURL(/\/settings\/webhooks/);

    // Validation in the form first.
    await page.getByRole("button", { name: "Add webhook" }).click();
    await expect(page.getByText("Enter the URL to send events to")).toBeVisible();
    await expect(page.getByText("Choose at least one event")).toBeVisible();

    await page.getByLabel("Endpoint URL").fill(receiver.url);
    await page.getByLabel("Description (optional)").fill("E2E receiver");
    await page.getByRole("checkbox", { name: /lead\.created/ }).check();
    await page.getByRole("checkbox", { name: /invoice\.created/ }).check();
    await page.getByRole("button", { name: "Add webhook" }).click();
    const shown = page.getByTestId("webhook-secret");
    await expect(shown).toBeVisible();
    const secret = (await shown.textContent())!.trim();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/=]{32}$/);
    const item = page.locator("li", { hasText: receiver.url });
    await expect(item).toContainText("active");
    await expect(item).toContainText("E2E receiver");
    await expect(item).not.toContainText(secret);

    // A test event goes through the worker, signed with the secret shown.
    await item.getByRole("button", { name: "Send test event" }).click();
    await expect(item.getByTestId("webhook-attempt").first()).toContainText("delivered", { timeout: 20_000 });
    await expect(item.getByTestId("webhook-attempt").first()).toContainText("webhook.test");
    expect(receiver.hits).toHaveLength(1);
    expect(receiver.hits[0]!.headers["webhook-signature"]).toBe(signatureOf(secret, receiver.hits[0]!));

    // A real event from an API call.
    const lead = await request.post("/api/leads", {
      headers: { "X-API-Key": "demo-api-key-789" },
      data: { name: "Webhook Person", email: `webhook.${Date.now()}@example.com`, source: "website" },
    });
    expect(lead.status()).toBe(201);
    await expect.poll(() => receiver.hits.filter((h) => h.body.includes('"lead.created"')).length, { timeout: 20_000 }).toBe(1);
    const created = receiver.hits.find((h) => h.body.includes('"lead.created"'))!;
    expect(JSON.parse(created.body)).toMatchObject({
      event: "lead.created",
      data: { lead_id: (await lead.json()).id, name: "Webhook Person", source: "website" },
    });
    expect(created.headers["webhook-signature"]).toBe(signatureOf(secret, created));

    // A failure is logged with the receiver's answer; retry it by hand once the receiver is fixed.
    receiver.setStatus(500);
    await item.getByRole("button", { name: "Send test event" }).click();
    const failed = item.getByTestId("webhook-attempt").filter({ hasText: "failed" }).first();
    await expect(failed).toContainText("500", { timeout: 20_000 });
    await expect(failed).toContainText("receiver is broken");
    receiver.setStatus(200);
    await failed.getByRole("button", { name: /Retry/ }).click();
    await expect(item.getByTestId("webhook-attempt").first()).toContainText("delivered", { timeout: 20_000 });
    await expect(item.getByTestId("webhook-attempt").first()).toContainText(/#[2-9]/);

    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: `${SCREENSHOTS}/webhooks-1280.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${SCREENSHOTS}/webhooks-390.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });

    // Rotating shows a new secret once; deliveries are signed with it.
    page.once("dialog", (dialog) => void dialog.accept());
    await item.getByRole("button", { name: "Rotate secret" }).click();
    const rotated = item.getByTestId("webhook-secret");
    await expect(rotated).toBeVisible();
    const newSecret = (await rotated.textContent())!.trim();
    expect(newSecret).not.toBe(secret);
    const before = receiver.hits.length;
    await item.getByRole("button", { name: "Send test event" }).click();
    await expect.poll(() => receiver.hits.length, { timeout: 20_000 }).toBe(before + 1);
    expect(receiver.hits.at(-1)!.headers["webhook-signature"]).toBe(signatureOf(newSecret, receiver.hits.at(-1)!));

    // The API shows the same attempts.
    const listed = await request.get("/api/v2/webhooks", { headers: { "X-API-Key": "demo-api-key-789" } });
    const mine = (await listed.json()).data.find((w: { url: string }) => w.url === receiver.url);
    expect(mine.recent_deliveries.length).toBeGreaterThanOrEqual(4);
    expect(JSON.stringify(mine)).not.toContain("whsec_");

    await item.getByRole("button", { name: "Disable" }).click();
    await expect(item).toContainText("disabled");
    await expect(item).toContainText("Disabled by a person");
    await expect(item.getByRole("button", { name: "Send test event" })).toHaveCount(0);
    await item.getByRole("button", { name: "Enable" }).click();
    await expect(item).toContainText("active");

    page.once("dialog", (dialog) => void dialog.accept());
    await item.getByRole("button", { name: "Delete" }).click();
    await expect(page.locator("li", { hasText: receiver.url })).toHaveCount(0);
  } finally {
    await receiver.close();
  }
});

test("the suite API docs show how to verify a webhook", async ({ page }) => {
  await page.goto("/docs/suite");
  const register = page.locator("article", { hasText: "Register webhook" });
  await expect(register.locator("pre").first()).toContainText('createHmac("sha256", key)');
  await register.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOTS}/docs-suite-webhooks.png` });
});
