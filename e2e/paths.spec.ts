import { expect, test } from "@playwright/test";
import { ids } from "../test/fixtures/default-scenario-facts";

const slow = { timeout: 45_000 };

test("from a configuration page, Check path for a blocked consumer shows the failing hop, its evidence and fix; the URL reopens it", async ({
  page,
}) => {
  await page.goto(`/configurations/${ids.configurations.auditPostgres}`);
  await expect(page.getByRole("heading", { name: "audit-postgres", level: 1 })).toBeVisible();
  const form = page.getByRole("form", { name: "Check path" });
  await form.getByLabel("Consumer").selectOption(ids.vpcs.paymentsApp);
  await form.getByRole("button", { name: "Check path" }).click();

  await expect(page).toHaveURL(
    new RegExp(`/paths\\?consumer=${ids.vpcs.paymentsApp}&target=${ids.configurations.auditPostgres}`),
  );
  const answer = page.getByRole("region", { name: "Answer" });
  await expect(answer).toContainText("Blocked at hop 2", slow);
  await expect(answer).toContainText(ids.securityGroups.auditEndpoint);

  const route = page.getByRole("region", { name: new RegExp(`Route ${ids.endpoints.paymentsAudit}`) });
  const failing = route.locator('li[data-verdict="fail"]');
  await expect(failing).toHaveCount(1);
  await expect(failing).toHaveAttribute("data-hop", "2");
  await expect(failing).toContainText("do not admit 10.40.0.0/16 on TCP 5432");
  // Evidence: the group's inbound rule that admits the wrong CIDR.
  await failing.getByText("Evidence").click();
  await expect(failing).toContainText("tcp 5432 10.99.0.0/16");
  const fix = `aws ec2 authorize-security-group-ingress --region us-east-1 --group-id ${ids.securityGroups.auditEndpoint}`;
  await expect(failing.locator("pre").filter({ hasText: fix })).toBeVisible();
  await expect(page.locator('section[aria-labelledby="path-fixes"]')).toContainText(fix);

  const url = page.url();
  await page.goto("/");
  await page.goto(url);
  await expect(page.getByRole("region", { name: "Answer" })).toContainText("Blocked at hop 2", slow);
  await expect(page.locator('li[data-verdict="fail"][data-hop="2"]')).toHaveCount(1);
});

test("a clean path is reachable, hop by hop, and the API answers the same with a verdict from the fixed set", async ({
  page,
  request,
}) => {
  await page.goto(`/paths?consumer=${ids.vpcs.analyticsLake}&target=${ids.configurations.ordersPostgres}`);
  await expect(page.getByRole("region", { name: "Answer" })).toContainText("Reachable", slow);
  await expect(page.locator('li[data-verdict="fail"]')).toHaveCount(0);

  const res = await request.get(
    `/api/paths?consumer=${ids.vpcs.paymentsApp}&target=${ids.configurations.auditPostgres}`,
  );
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body.verdict).toBe("blocked");
  expect(body.at).toMatchObject({ index: 2, kind: "endpoint" });

  const ok = await (
    await request.get(`/api/paths?consumer=${ids.vpcs.analyticsLake}&target=10.10.1.50`)
  ).json();
  expect(ok.verdict).toBe("reachable");
  expect(ok.target.configurationId).toBe(ids.configurations.ordersPostgres);

  const bad = await request.get(`/api/paths?consumer=nonsense&target=${ids.configurations.ordersPostgres}`);
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.field).toBe("consumer");
  const missing = await request.get(`/api/paths?consumer=${ids.vpcs.paymentsApp}`);
  expect(missing.status()).toBe(400);
  expect((await missing.json()).error.field).toBe("target");
});

test("the NACL seed: return ephemeral ports are named at hop 5 with the ACL entry to add", async ({
  page,
}) => {
  await page.goto(`/paths?consumer=${ids.vpcs.analyticsLake}&target=${ids.configurations.metricsPostgres}`);
  await expect(page.getByRole("region", { name: "Answer" })).toContainText("Blocked at hop 5", slow);
  const failing = page.locator('li[data-verdict="fail"][data-hop="5"]');
  await expect(failing).toContainText("return traffic to the gateway's ephemeral ports");
  await expect(failing).toContainText(
    `aws ec2 create-network-acl-entry --region us-east-1 --network-acl-id ${ids.networkAcls.edgeGwSubnets} --ingress`,
  );
});
