import { expect, test, type APIRequestContext } from "@playwright/test";
import { SCREENSHOTS, signIn } from "./helpers";

const KEY = "demo-api-key-789";
const init = (request: APIRequestContext, domain = "yourcrm.com") => request.post("/api/ribbon/init", { data: { apiKey: KEY, domain } });

test("telephony settings change what POST /api/ribbon/init answers, at once", async ({ page, request }) => {
  await signIn(page, "admin@demo.relaycrm.test");
  await page.goto("/settings");
  await page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Telephony" }).click();
  await expect(page).toHaveURL(/\/settings\/telephony/);
  await expect(page.getByTestId("usage-bar")).toHaveAttribute("aria-valuenow", /\d+/);
  await expect(page.getByTestId("credential-status")).toContainText("Token");

  // Domains: refused, added (validated), allowed; removed, refused again.
  expect((await init(request, "shop.example")).status()).toBe(403);
  const domain = page.getByLabel("Add a domain");
  await domain.fill("https://shop.example/path");
  await page.getByRole("button", { name: "Add domain" }).click();
  await expect(page.getByText("Enter a host name like yourcrm.com")).toBeVisible();
  await domain.fill("shop.example");
  await page.getByRole("button", { name: "Add domain" }).click();
  await expect(page.getByTestId("allowed-domains")).toContainText("shop.example");
  expect((await init(request, "app.shop.example")).status()).toBe(200);

  // Features.
  expect((await (await init(request)).json()).features).toContain("hold");
  await page.getByTestId("feature-hold").uncheck();
  await page.getByRole("button", { name: "Save features" }).click();
  await expect(page.getByText("Ribbons now get: call, mute, dtmf.")).toBeVisible();
  expect((await (await init(request)).json()).features).toEqual(["call", "mute", "dtmf"]);

  // Credentials: write-only.
  await page.getByLabel("New token (replaces the stored one)").fill("e2e-telephony-token");
  await page.getByLabel("New user id").fill("e2e-telephony-user");
  await page.getByRole("button", { name: "Save credentials" }).click();
  await expect(page.getByText("Saved. Ribbons get the new credentials")).toBeVisible();
  const session = await (await init(request)).json();
  expect(session).toMatchObject({ exotelToken: "e2e-telephony-token", userId: "e2e-telephony-user" });
  await page.reload();
  expect(await page.content()).not.toContain("e2e-telephony-token");
  await expect(page.getByLabel("New token (replaces the stored one)")).toHaveValue("");

  // Lead types: added with a subtype, /lead/add takes it; disabled, it is unknown.
  const mobile = `0785${Date.now().toString().slice(-7)}`;
  const lead = { first_name: "Tel", surname: "Ephony", mobile, email: "tel@example.com", type: "e2e-boats", subtype: "sail" };
  await page.getByLabel("Type name").fill("bad/name");
  await page.getByRole("button", { name: "Add lead type" }).click();
  await expect(page.getByText(/^Use letters, digits/)).toBeVisible();
  await page.getByLabel("Type name").fill("e2e-boats");
  await page.getByLabel("Subtypes (comma-separated, optional)").fill("sail, motor");
  await page.getByRole("button", { name: "Add lead type" }).click();
  const type = page.getByTestId("lead-type-e2e-boats");
  await expect(type).toContainText("sail");
  expect(await (await request.post(`/lead/add?key=${KEY}`, { data: lead })).json()).toEqual({ saved: true, processed: true });
  await type.getByRole("button", { name: "Add a subtype to e2e-boats" }).click();
  await type.getByLabel("New subtype of e2e-boats").fill("motor");
  await type.getByRole("button", { name: "Add subtype" }).click();
  await expect(type.getByRole("alert")).toHaveText('This type already has a subtype "motor"');
  await type.getByRole("button", { name: "Cancel" }).click();
  await type.getByRole("button", { name: "Rename e2e-boats" }).click();
  await type.getByLabel(/New name for e2e-boats/).fill("e2e-yachts");
  await type.getByRole("button", { name: "Rename", exact: true }).click();
  const renamed = page.getByTestId("lead-type-e2e-yachts");
  await renamed.getByRole("button", { name: "Disable e2e-yachts" }).click();
  await expect(renamed).toContainText("disabled");
  const refused = await request.post(`/lead/add?key=${KEY}`, { data: { ...lead, type: "e2e-yachts", mobile: `${mobile.slice(0, -1)}9` } });
  expect(await refused.json()).toEqual({ saved: true, processed: false, error: "Unknown Type" });

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `${SCREENSHOTS}/telephony-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SCREENSHOTS}/telephony-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });

  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Remove shop.example" }).click();
  await expect(page.getByTestId("allowed-domains")).not.toContainText("shop.example");
  expect((await init(request, "shop.example")).status()).toBe(403);
});

test("reps cannot open telephony settings", async ({ page }) => {
  await signIn(page, "rep@demo.relaycrm.test");
  await page.goto("/settings/telephony");
  await expect(page.getByText("Only admins change the telephony settings")).toBeVisible();
});
