import { expect, test } from "@playwright/test";
import { counts } from "../test/fixtures/default-scenario-facts";
import { resetSimulator, setFaults } from "./sim-control";

test.afterEach(async ({ request, page }) => {
  await resetSimulator(request);
  // Leave a fresh, complete inventory for the specs that follow.
  await page.goto("/");
  await page.getByRole("button", { name: "Refresh inventory" }).click();
  await expect(page.getByText(/Partial results/)).toHaveCount(0);
});

test("with one region failing, the other region still shows, with a warning", async ({ page, request }) => {
  await setFaults(request, [{ region: "eu-west-1", accessDenied: true }]);
  await page.goto("/");
  await page.getByRole("button", { name: "Refresh inventory" }).click();

  const warning = page.locator("#warnings");
  await expect(warning.getByRole("heading", { name: /Partial results/ })).toBeVisible();
  await expect(warning).toContainText("eu-west-1");
  await expect(warning).toContainText("aws_access_denied");

  // us-east-1 is complete: its gateways and configurations are all there.
  const stat = (label: string) => page.locator(".stat", { hasText: label }).locator(".stat-value");
  await expect(stat("Resource gateways")).toHaveText(String(counts.gateways.byRegion["us-east-1"]));
  await expect(stat("Resource configurations")).toHaveText(
    String(counts.resourceConfigurations.byRegion["us-east-1"]),
  );
  await expect(page.getByRole("rowheader", { name: "us-east-1" })).toBeVisible();

  await page.goto("/configurations");
  await expect(page.getByRole("link", { name: "orders-postgres", exact: true })).toBeVisible();
});
