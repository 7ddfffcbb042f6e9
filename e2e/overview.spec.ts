import { expect, test } from "@playwright/test";
import { accounts, counts } from "../test/fixtures/default-scenario-facts";

test("a newcomer opens the demo and sees the default scenario's estate", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByText("Demo — simulated AWS")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Overview", level: 1 })).toBeVisible();

  const stat = (label: string) => page.locator(".stat", { hasText: label }).locator(".stat-value");
  await expect(stat("Resource gateways")).toHaveText(String(counts.gateways.total));
  await expect(stat("Resource configurations")).toHaveText(String(counts.resourceConfigurations.total));
  await expect(stat("VPC endpoints")).toHaveText(String(counts.endpoints.total));
  await expect(stat("Service networks")).toHaveText(String(counts.serviceNetworks.total));

  // Every account and both regions have a row.
  for (const a of accounts)
    await expect(page.getByRole("rowheader", { name: new RegExp(a.id) })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "us-east-1" })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "eu-west-1" })).toBeVisible();

  // Nothing failed in the default scenario, so no partial-results warning.
  await expect(page.getByText(/Partial results/)).toHaveCount(0);

  // The banner is on every page, not only the overview.
  await page.getByRole("link", { name: "Configurations", exact: true }).click();
  await expect(page.getByText("Demo — simulated AWS")).toBeVisible();
});
