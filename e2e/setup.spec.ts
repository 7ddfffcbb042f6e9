import { expect, test } from "@playwright/test";
import { ids, traffic } from "../test/fixtures/default-scenario-facts";

test.setTimeout(120_000);
const slow = { timeout: 60_000 };

test("/setup on the demo lists the seeded gaps, each with the command that closes it", async ({ page }) => {
  await page.goto("/setup");
  await expect(page.getByRole("heading", { name: "Setup", level: 1 })).toBeVisible();
  await expect(page.getByTestId("setup-summary")).toContainText("Nothing blocks the core views", slow);

  // Every account × region is checked with the identity its credentials resolve to.
  const sections = page.locator("section[data-account]");
  expect(await sections.count()).toBeGreaterThanOrEqual(3);
  await expect(page.getByTestId("identity").first()).toContainText("arn:aws:");

  // The analytics account keeps no flow logs on its endpoint ENIs.
  const analytics = page.locator('section[data-account="333333333333"][data-region="us-east-1"]');
  const endpointGap = analytics.locator('li[data-gap="endpoint-flow-logs"]');
  await expect(endpointGap).toContainText("endpoint ENIs have no flow log");
  await expect(endpointGap.getByTestId("fix-command").last()).toContainText(
    "aws ec2 create-flow-logs --region us-east-1 --resource-type NetworkInterface --resource-ids eni-",
  );

  // The core gateway's flow log is in the default format: it lacks the recommended fields.
  const provider = page.locator('section[data-account="111111111111"][data-region="us-east-1"]');
  await expect(provider.locator('li[data-gap="flow-log-format"]').first()).toContainText(
    "lacks pkt-srcaddr, pkt-dstaddr, tcp-flags, flow-direction",
  );

  // Configurations without resource access logs, with the subscription command naming them.
  const sessions = page.locator('li[data-gap="configuration-access-logs"]', {
    hasText: ids.configurations.sessionsRedis,
  });
  await expect(sessions.getByTestId("fix-command").last()).toContainText(
    `aws vpc-lattice create-access-log-subscription --region us-east-1 --resource-identifier ${ids.configurations.sessionsRedis}`,
  );
  expect(await page.locator('li[data-gap="configuration-access-logs"]').count()).toBeGreaterThanOrEqual(
    traffic.configurationsWithoutAccessLogs.length,
  );

  // Consumer VPCs no Network Flow Monitor watches.
  await expect(page.locator('li[data-gap="network-flow-monitor"]').first()).toContainText(
    "No Network Flow Monitor watches vpc-",
  );
  await expect(page.getByText("runs none of these commands")).toBeVisible();
});

test("the setup page is in the main navigation", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Setup" }).click();
  await expect(page).toHaveURL(/\/setup$/);
});
