import { expect, test } from "@playwright/test";
import { ids } from "../test/fixtures/default-scenario-facts";

// The demo estate: ledger-api is in the shared-services network, reached by two consumer VPCs (a
// service-network endpoint and a VPC association): $0.14/h for the association against 2 × $0.028/h
// for two Resource endpoints, so pattern 1 saves 720–744 h × $0.084 a month. orders-postgres is
// reached by two Resource endpoints: already the cheapest (break-even is 6 consumer VPCs).
const ledger = ids.configurations.ledgerApi;
const orders = ids.configurations.ordersPostgres;

test("the cost view shows the month's projection and a saving suggestion", async ({ page }) => {
  await page.goto("/cost");
  await expect(page.getByRole("heading", { name: "Cost", level: 1 })).toBeVisible();
  const totals = page.getByTestId("cost-totals");
  await expect(totals).toContainText("Projected month");
  await expect(totals).toContainText(/\$\d[\d,]*\.\d{2}/);

  const table = page.locator("#configurations").locator("..");
  await expect(page.locator(`tr[data-config="${ledger}"]`)).toContainText("ledger-api");
  await expect(page.locator(`tr[data-config="${orders}"]`)).toContainText("orders-postgres");
  await expect(table).toBeVisible();

  // Either the data-processing charges are known, or the page says they are not (never silent zeros).
  const unknown = page.getByTestId("data-unknown");
  if (await unknown.isVisible())
    await expect(unknown).toContainText("Data-processing charges unknown: no traffic data");

  await page.locator(`tr[data-config="${ledger}"]`).getByRole("link", { name: "ledger-api" }).click();
  await expect(page).toHaveURL(new RegExp(`config=${ledger}`));
  await expect(page.getByTestId("saving")).toContainText(
    /Switching ledger-api to pattern 1 saves \$\d+\.\d{2} a month/,
  );
  const whatIf = page.getByTestId("what-if");
  await expect(whatIf.locator('tr[data-pattern="1"]')).toContainText("cheapest");
  await expect(whatIf.locator('tr[data-pattern="1"]')).toContainText("Endpoint policy");
  // A service network's auth policy does not reach resource configurations (aws-facts §0.1 item 10).
  for (const p of ["2", "3"]) {
    const row = whatIf.locator(`tr[data-pattern="${p}"]`);
    await expect(row).toContainText("auth policy does not apply to resource configurations");
    await expect(row).not.toContainText("Yes, on the service network");
    await expect(row.getByRole("link", { name: /auth policies/ })).toHaveAttribute(
      "href",
      "https://docs.aws.amazon.com/vpc-lattice/latest/ug/auth-policies.html",
    );
  }
  await expect(whatIf).toContainText("from 6 consumer VPCs on");

  // The prices used are named, with their sources, and marked unconfirmed.
  const prices = page.getByTestId("prices");
  await expect(prices).toContainText("$0.028/h per endpoint");
  await expect(prices).toContainText("$0.14/h");
  await expect(prices.getByText("unconfirmed").first()).toBeVisible();
});

test("orders-postgres on two Resource endpoints is already on its cheapest pattern", async ({ page }) => {
  await page.goto(`/cost?config=${orders}`);
  await expect(page.getByTestId("no-saving")).toContainText(
    "orders-postgres is already on its cheapest pattern",
  );
});

test("the table sorts by any column, in the URL", async ({ page }) => {
  // The order is checked against the rows themselves, so adding a configuration to the demo
  // estate cannot break it, while any row out of place still fails.
  const names = page.locator("tbody tr[data-config] th a");
  const byName = (a: string, b: string) => a.toLowerCase().localeCompare(b.toLowerCase());
  await page.goto("/cost");
  await page
    .locator("thead")
    .getByRole("link", { name: /^Configuration/ })
    .click();
  await expect(page).toHaveURL(/sort=name/);
  await expect(names.first()).toHaveText("audit-postgres");
  const ascending = await names.allTextContents();
  expect(ascending.length).toBeGreaterThan(5);
  expect(ascending).toEqual([...ascending].sort(byName));
  await page
    .locator("thead")
    .getByRole("link", { name: /^Configuration/ })
    .click();
  await expect(page).toHaveURL(/sort=-name/);
  await expect(names.first()).toHaveText("sessions-redis");
  const descending = await names.allTextContents();
  expect(descending).toEqual([...descending].sort(byName).reverse());
});

test("the API answers the cost DTO, CSV, and 400s naming a bad parameter", async ({ request }) => {
  const res = await request.get("/api/cost?window=now-24h");
  expect(res.status()).toBe(200);
  const body = await res.json();
  const ledgerCost = body.configurations.find((c: { id: string }) => c.id === ledger);
  expect(ledgerCost.patterns).toEqual([2, 3]);
  expect(ledgerCost.breakEvenConsumers).toBe(6);
  expect(ledgerCost.alternatives.map((a: { pattern: number }) => a.pattern)).toEqual([1, 2, 3]);
  expect(body.prices.regions.length).toBeGreaterThan(0);

  const csv = await request.get("/api/cost?format=csv");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toContain("ledger-api");

  for (const [qs, parameter] of [
    ["month=2026-13", "month"],
    ["window=yesterday", "window"],
  ] as const) {
    const bad = await request.get(`/api/cost?${qs}`);
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error.field).toBe(parameter);
  }
});
