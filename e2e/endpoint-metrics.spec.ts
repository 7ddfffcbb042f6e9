import { expect, type Page, test } from "@playwright/test";
import { ids } from "../test/fixtures/default-scenario-facts";

// Traffic sections run Logs Insights queries in the simulator first; a cold window takes seconds.
test.setTimeout(120_000);
const slow = { timeout: 60_000 };

const panel = (page: Page) => page.getByTestId("endpoint-metrics");

test("an endpoint page shows the AWS/VpcLattice metrics ListMetrics discovered, with a series picker", async ({
  page,
}) => {
  await page.goto(`/endpoints/${ids.endpoints.analyticsSharedServices}`);
  await expect(panel(page)).toBeVisible(slow);
  await expect(panel(page)).toContainText("Discovered with ListMetrics in AWS/VpcLattice");
  const rows = panel(page).locator("tbody tr");
  const n = await rows.count();
  expect(n).toBeGreaterThan(1);
  // Every discovered series has a sum over the window (the demo's endpoint has traffic all day).
  for (let i = 0; i < n; i++) await expect(rows.nth(i).locator("td.n").first()).not.toHaveText("—");

  // The picker draws one series at a time; choosing another changes the picked series.
  const picker = page.getByLabel("Endpoint metric series");
  const options = picker.locator("option");
  expect(await options.count()).toBe(n);
  const second = (await options.nth(1).textContent()) ?? "";
  await picker.selectOption({ index: 1 });
  await expect(page.getByTestId("endpoint-metric-picked")).toContainText(second.trim());
  await expect(
    page.getByRole("img", { name: new RegExp(`^${escapeRegExp(second.trim())} per`) }),
  ).toBeVisible();

  // The coverage badges name the source.
  await expect(
    page.getByRole("list", { name: "Data sources" }).getByText(/Endpoint metrics: available/),
  ).toBeVisible();
});

test("a configuration's consumers without endpoint flow logs get a metrics-based column", async ({
  page,
}) => {
  await page.goto(`/configurations/${ids.configurations.ordersPostgres}`);
  const consumers = page.locator("section", { has: page.getByRole("heading", { name: /^Top consumers/ }) });
  await expect(consumers.getByRole("columnheader", { name: "Endpoint metrics" })).toBeVisible(slow);
  // The analytics account keeps no flow logs on its endpoint ENIs: its row shows the metrics' sums.
  const row = consumers.locator("tr", {
    has: page.getByRole("link", { name: ids.endpoints.analyticsOrdersDb }),
  });
  await expect(row.getByTestId("consumer-endpoint-metrics")).toContainText(/\d/);
});

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
