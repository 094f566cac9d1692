import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

// Guard 3 for pages: a signed-in user of one workspace never sees another's
// rows. The demo has two workspaces: "Demo Client" (demo-api-key-789) and
// "Collections CRM" (admin@collections.relaycrm.test). Detail pages are checked
// once they exist: each row of DETAIL_PAGES finds a Demo Client id through the
// API; if the Demo admin can open the page, the Collections admin must get not found.
const DEMO_KEY = "demo-api-key-789";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each API's own list shape
const DETAIL_PAGES: { page: string; findId: string; pick: (json: any) => string | undefined }[] = [
  { page: "/leads/{id}", findId: "/dev/crm/leads?limit=1", pick: (json) => json?.data?.[0]?.id },
  { page: "/customers/{id}", findId: "/dev/crm/customers?limit=1", pick: (json) => json?.data?.[0]?.id },
];

test("settings of one workspace never show another's people", async ({ page }) => {
  await signIn(page, "admin@collections.relaycrm.test");
  await page.goto("/settings/users");
  await expect(page.getByRole("table")).toBeVisible();
  await expect(page.locator("body")).not.toContainText("admin@demo.relaycrm.test");
  await expect(page.locator("body")).not.toContainText("rep@demo.relaycrm.test");
  await page.goto("/settings/api-keys");
  await expect(page.locator("body")).not.toContainText(DEMO_KEY.slice(0, 10));
});

for (const detail of DETAIL_PAGES) {
  test(`${detail.page} of another workspace is not found`, async ({ browser, request }) => {
    const listed = await request.get(detail.findId, { headers: { Authorization: `Bearer ${DEMO_KEY}` } });
    const id = listed.ok() ? detail.pick(await listed.json()) : undefined;
    test.skip(!id, `no API lists ${detail.page}'s rows yet`);
    const url = detail.page.replace("{id}", id!);

    const owner = await browser.newPage();
    await signIn(owner, "admin@demo.relaycrm.test");
    const own = await owner.goto(url);
    test.skip(own?.status() === 404, `${detail.page} does not exist yet`);
    expect(own?.status()).toBe(200);
    await owner.close();

    const stranger = await browser.newPage();
    await signIn(stranger, "admin@collections.relaycrm.test");
    const foreign = await stranger.goto(url);
    const missing = await stranger.goto(
      detail.page.replace(
        "{id}",
        id!.replace(/[0-9a-f]$/, (c) => (c === "0" ? "1" : "0")),
      ),
    );
    expect(foreign?.status()).toBe(404);
    expect(missing?.status()).toBe(404);
    await stranger.close();
  });
}
