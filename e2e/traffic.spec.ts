import { expect, type Page, test } from "@playwright/test";
import { ids, traffic } from "../test/fixtures/default-scenario-facts";

// Logs Insights queries run in the simulator; a cold window can take a few seconds.
test.setTimeout(120_000);
const slow = { timeout: 60_000 };

const trafficPanel = (page: Page) =>
  page.locator("section", { has: page.getByRole("heading", { name: "Traffic", exact: true }) });
const rejectsTotal = (page: Page) =>
  page
    .getByLabel("Totals for the window")
    .locator("div", { hasText: /^Rejects/ })
    .locator("dd");

/** The picker's toggle (a <summary>, named by its aria-label). */
const windowMenu = (page: Page) => page.locator('summary[aria-label^="Time window"]');

async function waitIdle(page: Page) {
  await expect(page.getByText("Querying flow logs and access logs…")).toHaveCount(0, slow);
}

test("a configuration's traffic: change the window, the chart and the consumers table follow", async ({
  page,
}) => {
  // First paint comes from the server (the DAL, streamed): no client round trip for the initial window.
  const apiCalls: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("/traffic?")) apiCalls.push(r.url());
  });
  await page.goto(`/configurations/${ids.configurations.ordersPostgres}`);
  await expect(page.getByRole("heading", { name: "orders-postgres", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Traffic", exact: true })).toBeVisible();
  await waitIdle(page);

  // Server-rendered first window: the default last 24 h, totals and the chart.
  await expect(page.getByLabel("Totals for the window")).toBeVisible(slow);
  await expect(page.getByRole("img", { name: /^Bytes for orders-postgres/ })).toBeVisible();
  await expect(windowMenu(page)).toHaveAttribute("aria-label", /Last 24 hours/);

  expect(apiCalls).toEqual([]);

  // Both consumer endpoints appear in the consumers table, linked to their pages.
  const consumers = page.locator("section", { has: page.getByRole("heading", { name: /Top consumers/ }) });
  for (const p of traffic.paths.filter((x) => x.configuration === ids.configurations.ordersPostgres))
    await expect(consumers.getByRole("link", { name: p.consumer })).toBeVisible();
  // Exports: the consumers as CSV (header + raw numbers), the chart as PNG.
  const [csv] = await Promise.all([
    page.waitForEvent("download"),
    consumers.getByRole("button", { name: "Export CSV" }).click(),
  ]);
  expect(csv.suggestedFilename()).toMatch(/^orders-postgres-consumers-.*\.csv$/);
  const csvText = await (await csv.createReadStream())
    .toArray()
    .then((c) => Buffer.concat(c).toString("utf8"));
  expect(csvText.split("\r\n")[0]).toMatch(/^account,vpc,endpoint,pattern,/);
  expect(csvText).toContain(ids.endpoints.paymentsOrdersDb);
  const [png] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export PNG" }).click(),
  ]);
  expect(png.suggestedFilename()).toMatch(/^orders-postgres-bytes-.*\.png$/);

  const before = (await consumers.locator("tbody").textContent()) ?? "";
  const windowBefore = (await trafficPanel(page).getByText(/→/).first().textContent()) ?? "";

  // Change the window with a preset: URL, resolved window, chart and table all follow.
  await windowMenu(page).click();
  await page.getByRole("button", { name: "Last 1 hour" }).click();
  await expect(page).toHaveURL(/from=now-1h/);
  await waitIdle(page);
  expect(apiCalls.some((u) => u.includes("from=now-1h"))).toBe(true);
  await expect(windowMenu(page)).toHaveAttribute("aria-label", /Last 1 hour/);
  await expect(trafficPanel(page).getByText(/→/).first()).not.toHaveText(windowBefore);
  await expect(page.getByRole("img", { name: /^Bytes for orders-postgres/ })).toBeVisible();
  await expect(consumers.locator("tbody")).not.toHaveText(before, slow);

  // A relative expression typed by hand, with validation.
  await windowMenu(page).click();
  const fromInput = page.getByRole("textbox", { name: "From", exact: true });
  await fromInput.fill("yesterday");
  await page.getByRole("button", { name: "Apply" }).first().click();
  await expect(page.getByRole("alert").filter({ hasText: /from must be an ISO-8601 time/ })).toBeVisible();
  await fromInput.fill("now-3h");
  await page.getByRole("button", { name: "Apply" }).first().click();
  await expect(page).toHaveURL(/from=now-3h/);
  await waitIdle(page);

  // Back returns to the previous window.
  await page.goBack();
  await expect(page).toHaveURL(/from=now-1h/);
  await expect(windowMenu(page)).toHaveAttribute("aria-label", /Last 1 hour/);
});

test("drag across the chart zooms the window into absolute from/to", async ({ page }) => {
  await page.goto(`/configurations/${ids.configurations.ordersPostgres}?from=now-6h`);
  await waitIdle(page);
  const chart = page.getByRole("img", { name: /^Bytes for orders-postgres/ });
  await expect(chart).toBeVisible(slow);
  // Alarm findings above the chart can push it below the fold; the mouse only reaches what is on screen.
  await chart.scrollIntoViewIfNeeded();
  const box = (await chart.boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.4, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.55, y, { steps: 8 });
  await page.mouse.move(box.x + box.width * 0.7, y, { steps: 8 });
  await page.mouse.up();
  await expect
    .poll(() => new URL(page.url()).searchParams.get("from"), slow)
    .toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  expect(new URL(page.url()).searchParams.get("to")).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  await expect(windowMenu(page)).toHaveAttribute("aria-label", /Custom window/);
  // An absolute window in the past is not live: no polling badge.
  await expect(page.getByText(/Live · refresh/)).toHaveCount(0);
});

test("the reject burst on sessions-redis is visible and highlighted", async ({ page }) => {
  const burst = traffic.incidents.rejectBurst;
  await page.goto(`/configurations/${burst.configuration}?from=now-6h`);
  await waitIdle(page);
  await expect(rejectsTotal(page)).not.toHaveText("0", slow);
  await expect(rejectsTotal(page)).toHaveText(/^[1-9][\d,]*$/);

  // The rejects metric, in the URL, draws the burst with its count in the chart's name.
  await page.getByRole("group", { name: "Metric" }).getByRole("button", { name: "Rejects" }).click();
  await expect(page).toHaveURL(/metric=rejects/);
  await expect(
    page.getByRole("img", { name: /^Rejects for sessions-redis.*rejects highlighted in red/ }),
  ).toBeVisible();

  // The last 15 minutes are after the burst (it ended ~70 minutes ago): no rejects there.
  await windowMenu(page).click();
  await page.getByRole("button", { name: "Last 15 minutes" }).click();
  await waitIdle(page);
  await expect(rejectsTotal(page)).toHaveText("0", slow);
  await expect(page).toHaveURL(/metric=rejects/);
});

test("coverage badges name every source and the overview ranks configurations", async ({ page }) => {
  await page.goto(`/configurations/${ids.configurations.sessionsRedis}`);
  await waitIdle(page);
  const sources = page.getByRole("list", { name: "Data sources" });
  await expect(sources.getByText(/Gateway flow logs:/)).toBeVisible(slow);
  await expect(sources.getByText(/Access logs: missing/)).toBeVisible();
  await expect(page.getByText(/This view cost: .* scanned by Logs Insights/)).toBeVisible();

  await page.goto("/");
  await expect(page.getByRole("heading", { name: /Top configurations by bytes/ })).toBeVisible(slow);
  const byRejects = page.locator("section", {
    has: page.getByRole("heading", { name: /Top configurations by rejects/ }),
  });
  await expect(byRejects.getByRole("link", { name: "sessions-redis" })).toBeVisible();
});
