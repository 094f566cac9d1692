import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import path from "node:path";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import pg from "pg";
import { SCREENSHOTS, signIn } from "./helpers";

// The call pages: the dashboard's numbers and charts for known calls, the call log and its CSV, a
// call's page, and live updates: a call logged through the ribbon API shows in the open dashboard's
// live panel within 2 s and leaves on callEnded, without a reload, also when the browser is on
// another app instance than the one that logged it (two instances on one PostgreSQL database).
const KEY = "demo-api-key-789";
const ROOT = path.resolve(import.meta.dirname, "..");
const MAIN_PORT = Number(process.env.E2E_PORT ?? 3210);

type Direction = "inbound" | "outbound";
function logCall(request: APIRequestContext, base: string, event: string, callSid: string, data: Record<string, unknown> = {}, timestamp?: string) {
  return request.post(`${base}/api/ribbon/log-call`, { data: { apiKey: KEY, event, ...(timestamp ? { timestamp } : {}), data: { callSid, ...data } } });
}

// Three calls on Monday 10 March 2025, a day no demo call falls on.
const DAY = "2025-03-10";
async function logKnownCalls(request: APIRequestContext, base: string): Promise<void> {
  const calls: [string, string, Record<string, unknown>, string][] = [
    [
      "connected",
      "E2E-KNOWN-A",
      { phoneNumber: "+447700900001", callDirection: "outbound" as Direction, customerData: { customerId: "E2E-CUST-1", name: "Erin Example" } },
      "09:15:00",
    ],
    ["callEnded", "E2E-KNOWN-A", { duration: 45 }, "09:15:45"],
    ["incoming", "E2E-KNOWN-B", { phoneNumber: "+447700900002", customerData: { customerId: "E2E-CUST-2", name: "Ben Sample" } }, "14:05:00"],
    ["connected", "E2E-KNOWN-B", { phoneNumber: "+447700900002", callDirection: "inbound" as Direction }, "14:05:10"],
    ["callEnded", "E2E-KNOWN-B", { duration: 200 }, "14:08:30"],
    ["incoming", "E2E-KNOWN-C", { phoneNumber: "+447700900003" }, "14:30:00"],
    ["callEnded", "E2E-KNOWN-C", {}, "14:30:20"],
  ];
  for (const [event, sid, data, time] of calls) {
    const reply = await logCall(request, base, event, sid, data, `${DAY}T${time}Z`);
    expect(reply.status(), await reply.text()).toBe(200);
  }
}

async function shoot(page: Page, name: string): Promise<void> {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(300); // charts re-measure
    await page.screenshot({ path: `${SCREENSHOTS}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Opens the dashboard and waits until its event stream is connected. */
async function openLiveDashboard(page: Page, base = ""): Promise<void> {
  await page.goto(`${base}/calls?range=today`);
  await expect(page.getByTestId("live-status")).toHaveAttribute("data-status", "live");
  await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
}

async function expectLiveCallComesAndGoes(page: Page, request: APIRequestContext, apiBase: string, sid: string): Promise<void> {
  const total = Number((await page.getByTestId("stat-total-calls").textContent())?.replace(/,/g, ""));
  const opened = await logCall(request, apiBase, "connected", sid, {
    phoneNumber: "+447700900123",
    callDirection: "inbound",
    customerData: { customerId: `${sid}-CUST`, name: "Live Caller" },
  });
  expect(opened.status()).toBe(200);
  const loggedAt = Date.now();
  const row = page.getByTestId(`live-call-${sid}`);
  await expect(row).toBeVisible({ timeout: 2_000 });
  const shownAfter = Date.now() - loggedAt;
  await expect(row).toContainText("Live Caller");
  await expect(row).toContainText("+447700900123");
  await expect(row).toContainText("inbound");
  await expect(row.getByTestId("live-call-timer")).toHaveText(/^\d+:\d\d$/);
  // The summary moves with it (the server parts are re-read, not the page).
  await expect(page.getByTestId("stat-total-calls")).toHaveText((total + 1).toLocaleString("en"));
  const ended = await logCall(request, apiBase, "callEnded", sid, { duration: 30 });
  expect(ended.status()).toBe(200);
  const endedAt = Date.now();
  await expect(row).toHaveCount(0, { timeout: 2_000 });
  // Figures for the README (the time includes Playwright's polling, ~100 ms).
  console.info(`live panel (${apiBase || "same instance"}): shown ${shownAfter} ms after log-call answered, gone ${Date.now() - endedAt} ms after callEnded`);
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true); // no reload
}

test.describe("call pages", () => {
  test("the dashboard shows the summary and charts of known calls, the same numbers as the API", async ({ page, request }) => {
    await logKnownCalls(request, "");
    await signIn(page, "manager@demo.relaycrm.test");
    await page.goto(`/calls?range=custom&from=${DAY}&to=${DAY}`);
    await expect(page.getByRole("heading", { name: "Calls", exact: true })).toBeVisible();
    await expect(page.getByTestId("stat-total-calls")).toHaveText("3");
    await expect(page.getByTestId("stat-total-duration")).toHaveText("4:05"); // 45 + 200 + 0 s
    await expect(page.getByTestId("stat-avg-duration")).toHaveText("1:22"); // 245 / 3, rounded
    await expect(page.getByTestId("stat-inbound")).toHaveText("2");
    await expect(page.getByTestId("stat-outbound")).toHaveText("1");
    await expect(page.getByTestId("stat-missed")).toHaveText("1");
    const api = await (await request.get(`/api/ribbon/analytics/detailed?startDate=${DAY}&endDate=${DAY}`, { headers: { "X-API-Key": KEY } })).json();
    expect(api.summary).toMatchObject({ totalCalls: 3, totalDuration: 245, avgDuration: 82, inboundCalls: 2, outboundCalls: 1, missedCalls: 1 });

    const byHour = page.getByTestId("chart-calls-by-hour");
    await expect(byHour.getByRole("heading", { name: "Calls by hour of day" })).toBeVisible();
    await expect(byHour).toContainText("Busiest hour: 14:00 UTC with 2 calls.");
    await expect(byHour).toContainText("Hour of day (UTC)");
    await expect(byHour.locator(".recharts-bar-rectangle path")).toHaveCount(2); // 09 and 14
    await expect(page.getByTestId("chart-calls-by-weekday")).toContainText("Sun 0, Mon 3, Tue 0");
    await expect(page.getByTestId("chart-duration-buckets")).toContainText("0-30s: 0, 30s-1m: 1, 1m-3m: 0, 3m-5m: 1, 5m+: 0");
    await expect(page.getByTestId("chart-calls-per-day").locator(".recharts-line")).toHaveCount(1);
    await expect(page.getByTestId("chart-top-customers")).toContainText("Ben Sample: 1 calls, 3:20; Erin Example: 1 calls, 0:45");
    // A tooltip on hover, in the chart's unit.
    await byHour.locator(".recharts-bar-rectangle path").last().hover();
    await expect(byHour.locator(".recharts-tooltip-wrapper")).toContainText("Calls : 2");
    await shoot(page, "calls-dashboard-known");

    await page.goto("/calls");
    await expect(page.getByTestId("chart-calls-per-day").locator(".recharts-line")).toHaveCount(1);
    await shoot(page, "calls-dashboard");
  });

  test("the call log filters, pages and exports the filtered calls as the API's CSV; a call's page shows its timeline", async ({ page, request }) => {
    await logKnownCalls(request, ""); // stored once: the same events again change nothing
    await signIn(page, "manager@demo.relaycrm.test");
    await page.goto(`/calls/log?range=custom&from=${DAY}&to=${DAY}`);
    await expect(page.getByTestId("call-log-total")).toContainText("7 events");
    await page.getByLabel("Direction").selectOption("inbound");
    await page.getByRole("button", { name: "Apply", exact: true }).click();
    await expect(page.getByTestId("call-log-total")).toContainText("5 events");
    await page.getByLabel("Event").fill("callEnded");
    await page.getByRole("button", { name: "Apply", exact: true }).click();
    await expect(page.getByTestId("call-log-total")).toContainText("2 events");
    await shoot(page, "calls-log-filtered");

    const href = await page.getByTestId("export-csv").getAttribute("href");
    const csv = await page.request.get(href!);
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const lines = (await csv.text()).trim().split("\n");
    expect(lines[0]).toBe("Session ID,Customer Name,Phone Number,Direction,Start Time,End Time,Duration (s),Customer ID");
    expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual(["E2E-KNOWN-B", "E2E-KNOWN-C"]);
    expect((await request.get(href!)).status()).toBe(401); // no session, no file

    await page.goto("/calls/log");
    await expect(page.getByTestId("call-log-table")).toBeVisible();
    await shoot(page, "calls-log");

    await page.goto("/calls/E2E-KNOWN-B");
    const timeline = page.getByTestId("call-timeline");
    await expect(timeline.locator("li")).toHaveCount(3);
    await expect(timeline).toContainText("incoming");
    await expect(timeline).toContainText("callEnded");
    await expect(page.getByTestId("call-facts")).toContainText("3:20");
    await expect(page.getByTestId("call-customer")).toHaveAttribute("href", /^\/customers\/[0-9a-f-]{36}$/);
    await shoot(page, "calls-detail");
    await page.goto("/calls/NO-SUCH-CALL");
    await expect(page.getByText("No such call")).toBeVisible();
  });

  test("a call logged through the ribbon appears in the open dashboard's live panel within 2 s and leaves on callEnded", async ({ page, request }) => {
    await signIn(page, "manager@demo.relaycrm.test");
    await openLiveDashboard(page);
    await expectLiveCallComesAndGoes(page, request, "", `E2E-LIVE-${Date.now()}`);
  });

  test("another workspace's calls are not found and never reach its live panel", async ({ page, request }) => {
    await logKnownCalls(request, "");
    await signIn(page, "admin@collections.relaycrm.test");
    await page.goto("/calls/E2E-KNOWN-B");
    await expect(page.getByText("No such call")).toBeVisible();
    await openLiveDashboard(page);
    const sid = `E2E-OTHER-${Date.now()}`;
    expect((await logCall(request, "", "connected", sid, { phoneNumber: "+447700900999", callDirection: "outbound" })).status()).toBe(200);
    await page.waitForTimeout(1_500);
    await expect(page.getByTestId(`live-call-${sid}`)).toHaveCount(0);
    expect((await logCall(request, "", "callEnded", sid, { duration: 5 })).status()).toBe(200);
  });

  test("a rep sees no call reports and gets no live calls; without a session there is no stream", async ({ page, request }) => {
    expect((await request.get("/api/live")).status()).toBe(401);
    await signIn(page, "rep@demo.relaycrm.test");
    await page.goto("/calls");
    await expect(page.getByText("Call dashboards and the call log are for admins")).toBeVisible();
    expect((await page.request.get("/api/live?topics=calls")).status()).toBe(403);
  });
});

// Two more instances of the built app on one fresh PostgreSQL database (PGlite is single-process):
// LISTEN/NOTIFY carries the event from the instance that logged it to the one the browser watches.
test.describe("live updates across app instances", () => {
  test.describe.configure({ timeout: 240_000 });
  const admin = process.env.E2E_DATABASE_ADMIN_URL ?? process.env.TEST_DATABASE_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
  const database = `crm_e2e_live_${Date.now()}`;
  const url = new URL(admin);
  url.pathname = `/${database}`;
  const ports = [MAIN_PORT + 10, MAIN_PORT + 20];
  const servers: ChildProcess[] = [];

  async function sql(text: string): Promise<void> {
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    try {
      await client.query(text);
    } finally {
      await client.end();
    }
  }

  test.beforeAll(async () => {
    await sql(`CREATE DATABASE "${database}"`);
    const prepared = spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), ["e2e/support/prepare-postgres.ts", url.toString()], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: url.toString() },
    });
    expect(prepared.status, prepared.stderr).toBe(0);
    for (const port of ports) {
      const server = spawn(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/server.ts"], {
        cwd: ROOT,
        stdio: ["ignore", "ignore", "inherit"],
        env: {
          ...process.env,
          PORT: String(port),
          NODE_ENV: "production",
          DATABASE_URL: url.toString(),
          // The main instance's secrets (same session cookie signature on every instance).
          CRM_DATA_DIR: ".data/e2e",
          AUTH_TRUST_HOST: "true",
          NEXT_TELEMETRY_DISABLED: "1",
        },
      });
      servers.push(server);
    }
    for (const port of ports) {
      await expect.poll(async () => (await fetch(`http://localhost:${port}/health`).catch(() => null))?.status ?? 0, { timeout: 60_000 }).toBe(200);
    }
  });

  test.afterAll(async () => {
    await Promise.all(
      servers.map(
        (server) =>
          new Promise<void>((resolve) => {
            if (server.exitCode !== null) return resolve();
            server.once("exit", () => resolve());
            server.kill("SIGTERM");
            setTimeout(() => (server.kill("SIGKILL"), resolve()), 15_000).unref();
          }),
      ),
    );
    await sql(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  });

  test("a call logged on instance A appears in and leaves the live panel of a browser on instance B", async ({ page, request }) => {
    const [a, b] = ports.map((port) => `http://localhost:${port}`) as [string, string];
    await page.goto(`${b}/login`);
    await page.getByLabel("Email").fill("manager@demo.relaycrm.test");
    await page.getByLabel("Password").fill("relay-demo-2026");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("user-name")).toBeVisible();
    await openLiveDashboard(page, b);
    await expectLiveCallComesAndGoes(page, request, a, `E2E-MULTI-${Date.now()}`);
    // And the other way round: logged on B, seen on B (its own NOTIFY comes back to it).
    await expectLiveCallComesAndGoes(page, request, b, `E2E-MULTI-B-${Date.now()}`);
  });
});
