import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { SCREENSHOTS, screenshotBothWidths, signIn, signOut } from "./helpers";

// /import end to end: a CSV of a few thousand leads with two bad rows goes
// through the preview and mapping, the progress bar moves while the server
// works and reaches 100%, the summary lists the bad rows, the error report
// downloads with them, and GET /dev/crm/imports/:jobId tells the same story.
// In the second demo workspace, so the big file does not swamp the Demo Client's report charts.
const KEY = "collections-api-key-456";
const IMPORTER = "admin@collections.relaycrm.test";
const ROWS = 8000;
const BAD_EMAIL_ROW = 2500; // data row index (the file's row number is this + 1: the header is row 1)
const BAD_SCORE_ROW = 6100;

function leadsCsv(stamp: string): string {
  const lines = ["First Name,Last Name,E-mail,Company Name,Lead Source,Score,Favourite colour"];
  for (let i = 1; i <= ROWS; i++) {
    const email = i === BAD_EMAIL_ROW ? "not-an-email" : `import-${stamp}-${i}@example.com`;
    const score = i === BAD_SCORE_ROW ? "500" : String(i % 101);
    lines.push(`Imported${i},Lead${stamp},${email},"Acme ${i % 50}, Ltd",${["website", "Referral", "email"][i % 3]},${score},blue`);
  }
  return lines.join("\n") + "\n";
}

test("import a CSV with bad rows: preview, mapping, progress to 100%, summary and error report", async ({ page, request }) => {
  test.setTimeout(180_000);
  await signIn(page, IMPORTER);
  await page.goto("/import");
  await expect(page.getByRole("heading", { name: "Import", exact: true })).toBeVisible();
  await screenshotBothWidths(page, "import-1-choose");

  const stamp = String(Date.now());
  const csv = leadsCsv(stamp);
  await page.getByTestId("import-file").setInputFiles({ name: `leads-${stamp}.csv`, mimeType: "text/csv", buffer: Buffer.from(csv) });

  // Mapping pre-filled by the server's header matcher; the unknown column is left out.
  const mapping = page.getByTestId("column-mapping");
  await expect(mapping).toBeVisible();
  await expect(page.getByLabel("E-mail")).toHaveValue("email");
  await expect(page.getByLabel("First Name")).toHaveValue("firstName");
  await expect(page.getByLabel("Lead Source")).toHaveValue("source");
  await expect(page.getByLabel("Favourite colour")).toHaveValue("");
  await expect(mapping).toContainText("Imported1");
  await screenshotBothWidths(page, "import-2-map");

  // Unmapping the email column is refused before anything is sent.
  await page.getByLabel("E-mail").selectOption("");
  await expect(page.getByText("Choose a column for Email")).toBeVisible();
  await expect(page.getByTestId("start-import")).toBeDisabled();
  await page.getByLabel("E-mail").selectOption("email");

  await page.getByTestId("start-import").click();
  const bar = page.getByRole("progressbar");
  await expect(bar).toBeVisible();
  const seen: number[] = [];
  let shotRunning = false;
  while (!(await page.getByTestId("import-summary").isVisible())) {
    const now = await bar.getAttribute("aria-valuenow").catch(() => null);
    if (now !== null) seen.push(Number(now));
    if (!shotRunning && now !== null && Number(now) > 0 && Number(now) < 100) {
      shotRunning = true;
      await page.screenshot({ path: `${SCREENSHOTS}/import-3-progress-1280.png`, fullPage: true });
    }
    await page.waitForTimeout(100);
  }
  test.info().annotations.push({ type: "progress values seen", description: [...new Set(seen)].join(", ") });
  expect(
    seen.some((value) => value > 0 && value < 100),
    `progress seen: ${[...new Set(seen)].join(", ")}`,
  ).toBe(true);
  await expect(bar).toHaveAttribute("aria-valuenow", "100");

  await expect(page.getByTestId("import-imported")).toHaveText((ROWS - 2).toLocaleString("en"));
  await expect(page.getByTestId("import-failed")).toHaveText("2");
  const issues = page.getByTestId("import-issues");
  await expect(issues).toContainText(String(BAD_EMAIL_ROW + 1));
  await expect(issues).toContainText("Not a valid email address: not-an-email");
  await expect(issues).toContainText(String(BAD_SCORE_ROW + 1));
  await expect(issues).toContainText("Must be a whole number from 0 to 100");
  await expect(page.getByText("Columns not imported: Favourite colour.")).toBeVisible();
  await expect(page.getByTestId("recent-imports")).toContainText(`leads-${stamp}.csv`);
  await screenshotBothWidths(page, "import-4-summary");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-error-report").click()]);
  const report = await readFile((await download.path())!, "utf8");
  const lines = report.trim().split(/\r?\n/);
  expect(lines[0]).toBe("row,outcome,field,message");
  expect(lines).toContain(`${BAD_EMAIL_ROW + 1},failed,E-mail,Not a valid email address: not-an-email`);
  expect(lines.some((line) => line.startsWith(`${BAD_SCORE_ROW + 1},failed,Score,`))).toBe(true);
  expect(lines).toHaveLength(3);

  // The same job through the API.
  const href = await page.getByTestId("download-error-report").getAttribute("href");
  const jobId = href!.split("/")[3]!;
  const job = await request.get(`/dev/crm/imports/${jobId}`, { headers: { Authorization: `Bearer ${KEY}` } });
  expect(job.status()).toBe(200);
  expect(await job.json()).toMatchObject({ status: "completed", rows: ROWS, imported: ROWS - 2, failed: 2, skipped: 0, progress: 1 });
  const lead = await request.get(`/dev/crm/leads?search=import-${stamp}-7@example.com`, { headers: { Authorization: `Bearer ${KEY}` } });
  expect(JSON.stringify(await lead.json())).toContain(`import-${stamp}-7@example.com`);

  // The recent imports list shows it.
  await page.reload();
  await expect(page.getByTestId("recent-imports")).toContainText(`leads-${stamp}.csv`);
});

test("importing the same file again skips every duplicate; analysts cannot import", async ({ page }) => {
  await signIn(page, "manager@demo.relaycrm.test");
  await page.goto("/import");
  const stamp = String(Date.now());
  const csv = `name,email\nDup One,dup-${stamp}@example.com\nDup Two,dup-${stamp}@example.com\n`;
  await page.getByTestId("import-file").setInputFiles({ name: "dups.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByTestId("start-import").click();
  await expect(page.getByTestId("import-summary")).toBeVisible();
  await expect(page.getByTestId("import-imported")).toHaveText("1");
  await expect(page.getByTestId("import-skipped")).toHaveText("1");
  await expect(page.getByTestId("import-issues")).toContainText("This email appears earlier in the file: skipped");

  await signOut(page);
  await signIn(page, "analyst@demo.relaycrm.test");
  await page.goto("/import");
  await expect(page.getByText("cannot import")).toBeVisible();
  await expect(page.getByTestId("import-file")).toHaveCount(0);
  await expect(page.getByTestId("recent-imports")).toContainText("dups.csv");
});

test("closing the page while the file uploads never leaves the job running", async ({ browser, request }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, IMPORTER);
  await page.goto("/import");
  const stamp = String(Date.now());
  const lines = ["name,email"];
  for (let i = 1; i <= ROWS * 2; i++) lines.push(`Abandoned ${i},abandon-${stamp}-${i}@example.com`);
  await page.getByTestId("import-file").setInputFiles({ name: `abandon-${stamp}.csv`, mimeType: "text/csv", buffer: Buffer.from(lines.join("\n") + "\n") });
  // A slow uplink (~50 KB/s), so most of the file is still in the browser when the tab closes.
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: 50_000 });
  await page.getByTestId("start-import").click();
  const bar = page.getByRole("progressbar");
  await expect(bar).toBeVisible();
  await expect.poll(async () => Number((await bar.getAttribute("aria-valuenow")) ?? 0), { timeout: 60_000 }).toBeGreaterThan(0);
  await context.close(); // the tab goes away mid-upload

  const job = async () => {
    const list = await request.get("/dev/crm/imports", { headers: { Authorization: `Bearer ${KEY}` } }).catch(() => null);
    if (!list?.ok()) return undefined;
    const jobs = ((await list.json()) as { data: { file_name: string | null; status: string; failure: string | null; imported: number }[] }).data;
    return jobs.find((j) => j.file_name === `abandon-${stamp}.csv`);
  };
  // The job must end. Here the browser had usually sent the whole file before the tab closed (then it
  // completes); when it had not, it fails with the reason (the abort path: lib/http/session-imports.test.ts).
  await expect.poll(async () => (await job())?.status, { timeout: 90_000 }).toMatch(/^(completed|failed)$/);
  const ended = (await job())!;
  test.info().annotations.push({ type: "abandoned import", description: `${ended.status}, ${ended.imported} imported, ${ended.failure ?? "no failure"}` });
  if (ended.status === "failed") expect(ended.failure).toContain("The upload stopped before the whole file arrived");
});
