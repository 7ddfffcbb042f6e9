import { expect, test } from "@playwright/test";
import { counts, PAYMENTS } from "../test/fixtures/default-scenario-facts";

test("filtering endpoints by account narrows the table and keeps the filter in the URL", async ({ page }) => {
  await page.goto("/endpoints");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/endpoints/i);
  const total = counts.endpoints.total;
  const payments = counts.endpoints.byAccount[PAYMENTS];
  await expect(page.locator(".result-count")).toHaveText(`${total} of ${total} endpoints`);

  await page.locator("summary", { hasText: "Account:" }).click();
  await page.getByRole("checkbox", { name: new RegExp(PAYMENTS) }).check();
  await expect(page.locator(".result-count")).toHaveText(`${payments} of ${total} endpoints`);
  await expect(page).toHaveURL(new RegExp(`account=${PAYMENTS}`));
  const rows = page.locator("tbody tr");
  await expect(rows).toHaveCount(payments);

  // The URL alone restores the view: a shared link shows the same rows.
  await page.reload();
  await expect(page.locator(".result-count")).toHaveText(`${payments} of ${total} endpoints`);

  // Searching narrows further; clearing filters brings everything back.
  await page.getByRole("searchbox").fill("sessions");
  await expect(rows).toHaveCount(1);
  await page.getByRole("button", { name: "Clear filters" }).first().click();
  await expect(page.locator(".result-count")).toHaveText(`${total} of ${total} endpoints`);
});
