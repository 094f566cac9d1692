import { chromium } from "@playwright/test";
const base = "http://localhost:3307";
const paths = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(base + "/login");
await page.getByLabel("Email").fill(process.env.WHO ?? "admin@demo.relaycrm.test");
await page.getByLabel("Password").fill("relay-demo-2026");
await page.getByRole("button", { name: "Sign in" }).click();
await page.waitForURL((u) => !u.pathname.startsWith("/login"), { timeout: 120000 });
for (const p of paths) {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    const t0 = Date.now();
    await page.goto(base + p, { timeout: 180000 });
    await page.waitForLoadState("networkidle").catch(() => {});
    const name = `/tmp/money-shots/${p.replace(/[^a-z0-9]+/gi, "_")}_${width}.png`;
    await page.screenshot({ path: name, fullPage: true });
    console.log(name, Date.now() - t0, "ms");
  }
}
await browser.close();
