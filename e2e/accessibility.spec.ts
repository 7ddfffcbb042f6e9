/**
 * Every page of the demo through axe-core: no serious or critical WCAG 2.1 A/AA violation. Pages
 * added by later issues join the list.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { ids } from "../test/fixtures/default-scenario-facts";

const pages: Array<[string, string]> = [
  ["overview", "/"],
  ["gateways", "/gateways"],
  ["configurations", "/configurations"],
  ["configurations, page 2 of 4", "/configurations?size=5&page=2"],
  ["endpoints", "/endpoints"],
  ["service networks", "/service-networks"],
  ["gateway", `/gateways/${ids.gateways.coreGw}`],
  ["configuration", `/configurations/${ids.configurations.ordersPostgres}`],
  ["endpoint", `/endpoints/${ids.endpoints.paymentsOrdersDb}`],
  ["service network", `/service-networks/${ids.serviceNetworks.sharedServices}`],
  ["topology", "/topology"],
  ["topology sankey", "/topology?view=sankey"],
  ["topology list", "/topology?view=list"],
  ["findings", "/findings"],
  ["cost", "/cost"],
  ["reports", "/reports"],
  ["schedule a view", "/reports/new?url=%2Fcost"],
  ["setup", "/setup"],
  ["path check form", "/paths"],
  ["path check answer", `/paths?consumer=${ids.vpcs.paymentsApp}&target=${ids.configurations.auditPostgres}`],
];

for (const [name, url] of pages) {
  test(`${name} (${url}) has no serious or critical accessibility violation`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(url);
    // Streamed sections (traffic, cost) are part of the page a user sees: wait until they are in.
    await expect(page.locator('[aria-busy="true"], .skel')).toHaveCount(0, { timeout: 60_000 });
    const { violations } = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    const bad = violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help} — ${v.nodes
            .map((n) => n.target.join(" "))
            .slice(0, 5)
            .join(", ")}`,
      );
    expect(bad, bad.join("\n")).toEqual([]);
  });
}

test("the topology's list view is the keyboard way through the graph: search, focus, open", async ({
  page,
}) => {
  await page.goto("/topology?view=list");
  const nodes = page.getByRole("table", { name: /^Nodes/ });
  await expect(nodes.getByRole("row").nth(1)).toBeVisible();
  await page.getByRole("searchbox", { name: "Search nodes" }).fill("orders-postgres");
  await expect(page.getByRole("table", { name: /^Nodes matching “orders-postgres”/ })).toBeVisible();
  const focus = nodes.getByRole("button", { name: "Focus orders-postgres" }).first();
  await focus.focus();
  await expect(focus).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/view=list/);
  await expect(page).toHaveURL(/focus=configuration/);
  await expect(
    page
      .getByRole("table", { name: /^Links/ })
      .getByRole("row")
      .nth(1),
  ).toBeVisible();
});

test("a traffic chart's data opens as a table from the keyboard", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`/configurations/${ids.configurations.ordersPostgres}`);
  // The traffic section streams in after the page; focusing its placeholder would toggle nothing.
  await expect(page.getByRole("img", { name: /^Bytes for orders-postgres/ })).toBeVisible({
    timeout: 60_000,
  });
  const summary = page.getByText(/Show the chart's data as a table/);
  await summary.focus();
  await page.keyboard.press("Enter");
  const table = page.getByRole("table", { name: "Traffic of orders-postgres per time bucket" });
  await expect(table.getByRole("row").nth(1)).toBeVisible({ timeout: 30_000 });
  await expect(table.getByRole("columnheader", { name: "Bucket start (UTC)" })).toBeVisible();
});
