import { expect, test } from "@playwright/test";
import { ids } from "../test/fixtures/default-scenario-facts";

test("a configuration shows its consumers by access pattern and links to its gateway", async ({ page }) => {
  await page.goto("/configurations");
  await page.getByRole("link", { name: "orders-postgres", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/configurations/${ids.configurations.ordersPostgres}$`));
  await expect(page.getByRole("heading", { name: "orders-postgres", level: 1 })).toBeVisible();

  await expect(page.getByRole("heading", { name: /Consumers/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Resource endpoint \(PrivateLink\)/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Service network endpoint/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Service network VPC association/ })).toBeVisible();
  // Both consumer accounts reach orders-postgres through their own Resource endpoints.
  await expect(page.getByRole("link", { name: ids.endpoints.paymentsOrdersDb })).toBeVisible();
  await expect(page.getByRole("link", { name: ids.endpoints.analyticsOrdersDb })).toBeVisible();

  await expect(page.getByRole("link", { name: /Open in AWS console/ })).toHaveAttribute(
    "href",
    /console\.aws\.amazon\.com\/vpcconsole/,
  );

  await page
    .getByRole("link", { name: /core-gw/ })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`/gateways/${ids.gateways.coreGw}$`));
  await expect(page.getByRole("heading", { name: "core-gw", level: 1 })).toBeVisible();
});

test("an ARN in the path redirects to the id form", async ({ page }) => {
  const arn = `arn:aws:vpc-lattice:us-east-1:111111111111:resourceconfiguration/${ids.configurations.ledgerApi}`;
  await page.goto(`/configurations/${encodeURIComponent(arn)}`);
  await expect(page).toHaveURL(new RegExp(`/configurations/${ids.configurations.ledgerApi}$`));
  await expect(page.getByRole("heading", { name: "ledger-api", level: 1 })).toBeVisible();
});
