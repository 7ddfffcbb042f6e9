import { expect, test } from "@playwright/test";
import { ids } from "../test/fixtures/default-scenario-facts";

/** Each fault seeded in the demo scenario: the rule that must find it and text its finding must show. */
const seeded = [
  { rule: "endpoint-az-overlap", text: ids.endpoints.paymentsSessions },
  { rule: "gateway-single-az", text: "data-gw has subnets only in us-east-1a" },
  { rule: "gateway-egress-blocked", text: "does not allow TCP 6379" },
  { rule: "gateway-egress-wide-open", text: ids.securityGroups.euGwEgress },
  { rule: "gateway-sg-inbound", text: ids.securityGroups.dataGwEgress },
  { rule: "failed-states", text: "inventory-search is CREATE_FAILED" },
];

test("the findings page lists every seeded fault and links to its resources", async ({ page }) => {
  await page.goto("/findings");
  await expect(page.getByRole("heading", { name: "Findings", level: 1 })).toBeVisible();

  for (const s of seeded) {
    const block = page.locator(`section[data-rule="${s.rule}"]`);
    await expect(block, s.rule).toContainText(s.text);
    await expect(block.getByText("Failing").first(), s.rule).toBeVisible();
  }

  // Checks that need traffic data say so instead of reporting healthy.
  await expect(page.getByText("No traffic data yet").first()).toBeVisible();

  // A finding's resource link opens that resource, whose page shows the same finding.
  await page
    .locator('section[data-rule="gateway-single-az"]')
    .getByRole("link", { name: "data-gw" })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`/gateways/${ids.gateways.dataGw}`));
  const own = page.locator("#findings");
  await expect(own).toContainText("gateway-single-az");
});

test("filtering by severity keeps only that severity, in the URL", async ({ page }) => {
  await page.goto("/findings?severity=critical");
  await expect(page.locator('section[data-rule="endpoint-az-overlap"]')).toBeVisible();
  await expect(page.locator('section[data-rule="gateway-single-az"]')).toHaveCount(0);
});

test("tables badge resources with findings", async ({ page }) => {
  await page.goto("/gateways");
  const row = page.getByRole("row", { name: /data-gw/ });
  await expect(row.getByRole("link", { name: /Critical/ })).toBeVisible();
});

test("a bad findings parameter is a 400 naming it", async ({ request }) => {
  const res = await request.get("/api/findings?severity=high");
  expect(res.status()).toBe(400);
  expect((await res.json()).error.message).toMatch(/severity/);
});
